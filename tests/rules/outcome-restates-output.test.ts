import rule from "../../src/rules/outcome-restates-output.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "an effect with its own number", table: project({}, [["产出指标", "数量指标", "补助企业数", ">=", "10", "个", ""], ["效益指标", "经济效益指标", "带动企业新增产值", ">=", "5", "亿元", ""]]) },
  ],
  invalid: [
    {
      name: "seed 数字经济: 推动数字经济项目 repeats 补助数字经济项目数",
      table: seedTable("2023 年沈阳市促进数字经济产业发展专项资金"),
      errors: [{ messageId: "restates", indicator: "推动数字经济项目", data: { output: "补助数字经济项目数", value: "10 个" } }],
    },
  ],
});
