import rule from "../../src/rules/missing-first-level.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(["huanwei"]),
    { name: "a table without indicators is no-indicators' business", table: table({}, []) },
    { name: "a flat list without levels gives nothing to judge by", table: table({}, [["", "", "培训人数", ">=", 200, "人"]]) },
    {
      name: "blocks recognised from their second-levels when the first-level cell is odd",
      table: table({}, [
        ["产出", "数量指标", "培训人数", ">=", 200, "人"],
        ["效果指标", "社会效益指标", "就业率", ">=", 90, "%"],
      ]),
    },
  ],
  invalid: [
    {
      name: "2023 年环卫扫保经费: no 效益指标",
      table: SEED.huanwei(),
      errors: [{ messageId: "missingBenefit", indicator: null }],
    },
    {
      name: "only satisfaction: both output and benefit missing",
      table: table({}, [["满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%"]]),
      errors: [
        { messageId: "missingOutput", indicator: null },
        { messageId: "missingBenefit", indicator: null },
      ],
    },
  ],
});
