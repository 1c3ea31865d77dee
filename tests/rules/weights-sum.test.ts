import rule from "../../src/rules/weights-sum.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

const D = "2023 年 12 月";

ruleTester(rule, {
  valid: [
    ...seedValid(),
    {
      name: "weights adding up to 100",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人", D, 50],
        ["效益指标", "社会效益指标", "就业率", ">=", 80, "%", D, 40],
        ["满意度指标", "服务对象满意度指标", "学员满意度", ">=", 90, "%", D, 10],
      ]),
    },
    {
      name: "90 (10 points for 预算执行)",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人", D, 50],
        ["效益指标", "社会效益指标", "就业率", ">=", 80, "%", D, 40],
      ]),
    },
  ],
  invalid: [
    {
      name: "weights adding up to 95, and a row without a weight",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人", D, 50],
        ["效益指标", "社会效益指标", "就业率", ">=", 80, "%", D, 45],
        ["满意度指标", "服务对象满意度指标", "学员满意度", ">=", 90, "%", D, null],
      ]),
      errors: [
        { messageId: "missingWeight", indicator: "学员满意度", cell: "D12" },
        { messageId: "badSum", indicator: null, cell: "I10", data: { sum: 95, expected: "100 / 90" } },
      ],
    },
    {
      name: "custom totals",
      options: { totals: [100] },
      table: table({}, [["产出指标", "数量指标", "培训人数", ">=", 200, "人", D, 90]]),
      errors: [{ messageId: "badSum", data: { sum: 90, expected: "100" } }],
    },
  ],
});
