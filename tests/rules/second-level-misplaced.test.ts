import rule from "../../src/rules/second-level-misplaced.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(),
    { name: "88号: 成本指标 under 产出", table: table({}, [["产出指标", "成本指标", "项目总成本", "<=", 65, "万元"]]) },
    { name: "101号: 经济成本指标 under 成本", table: table({}, [["成本指标", "经济成本指标", "项目建设成本", "<=", 65, "万元"]]) },
    { name: "unknown second-levels are left alone", table: table({}, [["产出指标", "其他指标", "培训人数", ">=", 200, "人"]]) },
  ],
  invalid: [
    {
      name: "社会效益 under 产出 and 质量 under 效益, one finding per block",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人"],
        ["", "社会效益指标", "就业人数", ">=", 150, "人"],
        ["", "", "创业人数", ">=", 10, "人"],
        ["效益指标", "质量指标", "培训合格率", ">=", 90, "%"],
      ]),
      errors: [
        { messageId: "misplaced", indicator: "就业人数", cell: "C11", data: { level1: "产出指标", level2: "社会效益指标", expected: "效益指标" } },
        { messageId: "misplaced", indicator: "培训合格率", cell: "C13", data: { level1: "效益指标", level2: "质量指标", expected: "产出指标" } },
      ],
    },
    {
      name: "满意度 second-level under 效益",
      table: table({}, [["效益指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%"]]),
      errors: [{ messageId: "misplaced", indicator: "群众满意度", cell: "C10", data: { expected: "满意度指标" } }],
    },
  ],
});
