import rule from "../../src/rules/rate-under-quantity.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // 双一流 受助、受益学生占比 and 低保 项目实际完成率 are shares / completion: commonly under 数量.
    // 数字经济 资金到位率 is process-indicator-misfiled's.
    ...seedValid(["gongjijin"]),
    {
      name: "counts, coverage and enrolment rates under 数量",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人"],
        ["", "", "政策覆盖率", ">=", 90, "%"],
        ["", "", "学前教育毛入园率", ">=", 90, "%"],
      ]),
    },
  ],
  invalid: [
    {
      name: "公积金: 设备利用率 under 数量 (足额发放率, a disbursement rate, is left alone)",
      table: SEED.gongjijin(),
      errors: [{ messageId: "rateAsQuantity", indicator: "设备利用率", cell: "D10", data: { indicator: "设备利用率", value: ">= 95 %" } }],
    },
    {
      name: "a timeliness rate and a pass rate under 数量",
      table: table({}, [
        ["产出指标", "数量指标", "按时办结率", ">=", 98, "%"],
        ["", "", "验收合格率", "=", 100, "%"],
      ]),
      errors: [
        { messageId: "timelinessAsQuantity", indicator: "按时办结率", cell: "D10", data: { value: ">= 98 %" } },
        { messageId: "rateAsQuantity", indicator: "验收合格率", cell: "D11", data: { value: "= 100 %" } },
      ],
    },
  ],
});
