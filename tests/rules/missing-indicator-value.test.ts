import rule from "../../src/rules/missing-indicator-value.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // 公积金 对外窗口服务环境 has the value 良好: not empty.
    ...seedValid(),
    { name: "a value typed into the unit column is value-in-unit-column's", table: table({}, [["效益指标", "社会效益指标", "对外窗口服务环境", null, null, "良好"]]) },
  ],
  invalid: [
    {
      name: "empty values, with and without a unit",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", null, "人"],
        ["效益指标", "社会效益指标", "群众居住条件改善", null, null, null],
      ]),
      errors: [
        { messageId: "missingValue", indicator: "培训人数", cell: "F10", data: { indicator: "培训人数" } },
        { messageId: "missingValue", indicator: "群众居住条件改善", cell: "F11" },
      ],
    },
  ],
});
