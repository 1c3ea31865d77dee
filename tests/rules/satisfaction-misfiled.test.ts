import rule from "../../src/rules/satisfaction-misfiled.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(),
    { name: "不满意率 is a bad outcome, not satisfaction", table: table({}, [["产出指标", "质量指标", "群众不满意率", "<=", 5, "%"]]) },
    {
      name: "a 满意度 second level under 效益 is second-level-misplaced's",
      table: table({}, [["效益指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%"]]),
    },
  ],
  invalid: [
    {
      name: "satisfaction under 社会效益 and under 质量",
      table: table({}, [
        ["产出指标", "质量指标", "资助对象满意度", ">=", 95, "%"],
        ["效益指标", "社会效益指标", "市民对空气质量改善的满意程度", ">=", 85, "%"],
        ["满意度指标", "服务对象满意度指标", "市民满意度", ">=", 90, "%"],
      ]),
      errors: [
        { messageId: "misfiled", indicator: "资助对象满意度", cell: "D10", data: { level: "产出指标 / 质量指标" } },
        { messageId: "misfiled", indicator: "市民对空气质量改善的满意程度", cell: "D11", data: { level: "效益指标 / 社会效益指标" } },
      ],
    },
  ],
});
