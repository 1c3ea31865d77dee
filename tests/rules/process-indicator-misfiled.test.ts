import rule from "../../src/rules/process-indicator-misfiled.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // 服务型制造 资金到位率 sits under 质量, 资金拨付及时率 under 时效: left alone.
    ...seedValid(["shuzi"]),
    { name: "资金发放率 to beneficiaries is an output", table: table({}, [["产出指标", "数量指标", "补贴资金发放率", "=", 100, "%"]]) },
  ],
  invalid: [
    {
      name: "数字经济专项: 资金到位率 under 数量",
      table: SEED.shuzi(),
      errors: [{ messageId: "asQuantity", indicator: "资金到位率", cell: "D11", data: { indicator: "资金到位率" } }],
    },
    {
      name: "预算执行率 under 数量, 结余率 under 经济效益",
      table: table({}, [
        ["产出指标", "数量指标", "预算执行率", ">=", 95, "%"],
        ["效益指标", "经济效益指标", "结余率", "<=", 5, "%"],
      ]),
      errors: [
        { messageId: "asQuantity", indicator: "预算执行率", cell: "D10" },
        { messageId: "asBenefit", indicator: "结余率", cell: "D11" },
      ],
    },
  ],
});
