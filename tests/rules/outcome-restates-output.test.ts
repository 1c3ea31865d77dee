import rule from "../../src/rules/outcome-restates-output.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { rongzi, shuzi } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "融资担保: 担保机构可持续发展 10 户 is not 对担保机构进行补助", table: rongzi() },
    {
      name: "the same object with a different number is an effect",
      table: table({}, [["产出指标", "数量指标", "补助数字经济项目数", ">=", 10, "个"], ["效益指标", "经济效益指标", "带动数字经济项目投资", ">=", 5, "亿元"]]),
    },
  ],
  invalid: [
    {
      name: "数字经济: 推动数字经济项目 >= 10 个 restates 补助数字经济项目数 >= 10 个",
      table: shuzi(),
      errors: [{ messageId: "restates", indicator: "推动数字经济项目", cell: "D12", data: { output: "补助数字经济项目数", value: "10 个" } }],
    },
    {
      name: "two outcomes restating outputs",
      table: table({}, [
        ["产出指标", "数量指标", "培训农民人数", ">=", 500, "人"],
        ["", "", "建设示范基地数量", ">=", 3, "个"],
        ["效益指标", "社会效益指标", "培训农民", ">=", 500, "人"],
        ["", "可持续影响指标", "示范基地", ">=", 3, "个"],
      ]),
      errors: [
        { messageId: "restates", indicator: "培训农民", cell: "D12", data: { output: "培训农民人数" } },
        { messageId: "restates", indicator: "示范基地", cell: "D13", data: { output: "建设示范基地数量" } },
      ],
    },
  ],
});
