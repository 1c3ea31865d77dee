import rule from "../../src/rules/nonstandard-level.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(),
    { name: "进度指标 is a local name for 时效", table: table({}, [["产出指标", "进度指标", "开工率", ">=", 100, "%"]]) },
    { name: "101号 成本 first level with its score", table: table({}, [["成本指标（0-20分）", "经济成本指标", "项目建设成本", "<=", 65, "万元"]]) },
  ],
  invalid: [
    {
      name: "an evaluation framework filled in as targets: one finding per category",
      table: table({}, [
        ["过程指标", "资金管理", "预算执行率", ">=", 95, "%"],
        ["", "", "资金使用合规性", null, "合规", null],
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人"],
        ["投入指标（10分）", "预算执行", "资金到位率", "=", 100, "%"],
      ]),
      errors: [
        { messageId: "evaluationCategory", indicator: "预算执行率", cell: "B10", data: { level: "过程指标" } },
        { messageId: "evaluationCategory", indicator: "资金到位率", cell: "B13", data: { level: "投入指标（10分）" } },
      ],
    },
  ],
});
