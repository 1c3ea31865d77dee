import rule from "../../src/rules/percent-over-100.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(),
    {
      name: "growth and cost-control rates may exceed 100 %",
      table: table({}, [
        ["效益指标", "经济效益指标", "产值增长率", ">=", 120, "%"],
        ["产出指标", "成本指标", "成本控制率", "<=", 105, "%"],
      ]),
    },
  ],
  invalid: [
    {
      name: "rates above 100 %",
      table: table({}, [
        ["产出指标", "质量指标", "验收合格率", ">=", 292, "%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "=", 110, "%"],
      ]),
      errors: [
        { messageId: "overHundred", indicator: "验收合格率", cell: "F10", data: { value: ">= 292 %" } },
        { messageId: "overHundred", indicator: "群众满意度", cell: "F11", data: { value: "= 110 %" } },
      ],
    },
  ],
});
