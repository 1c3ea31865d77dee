import rule from "../../src/rules/cost-misfiled.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // 医保 减轻城乡居民参保成本 and 金融 降低企业融资成本 are benefits: someone else's cost goes down.
    ...seedValid(),
    { name: "节约经费 is an economic benefit", table: table({}, [["效益指标", "经济效益指标", "节约运维经费", ">=", 20, "万元"]]) },
    { name: "a funding guarantee mechanism is a sustained effect", table: table({}, [["效益指标", "可持续影响指标", "城乡义务教育经费保障机制", null, "长期有效", null]]) },
  ],
  invalid: [
    {
      name: "cost-control items under 生态效益 and 经济效益",
      table: table({}, [
        ["效益指标", "生态效益指标", "对控制基建项目成本影响程度", null, "效果明显", null],
        ["", "经济效益指标", "设备购置费用", "<=", 30, "万元"],
      ]),
      errors: [
        { messageId: "costUnderBenefit", indicator: "对控制基建项目成本影响程度", cell: "D10", data: { level: "生态效益指标" } },
        { messageId: "costUnderBenefit", indicator: "设备购置费用", cell: "D11", data: { level: "经济效益指标" } },
      ],
    },
  ],
});
