import rule from "../../src/rules/duplicate-indicator.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // 服务型制造 奖励企业数 / 奖励企业数量 are two names (duplicate-measure compares their meaning).
    ...seedValid(),
  ],
  invalid: [
    {
      name: "the same name twice (after NFKC and punctuation), twice",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人"],
        ["", "质量指标", "验收合格率", "=", 100, "%"],
        ["效益指标", "社会效益指标", "培训人数。", ">=", 150, "人"],
        ["", "", "验收合格率", ">=", 95, "%"],
      ]),
      errors: [
        { messageId: "duplicate", indicator: "培训人数。", cell: "D12", data: { firstRow: 10 } },
        { messageId: "duplicate", indicator: "验收合格率", cell: "D13", data: { firstRow: 11 } },
      ],
    },
  ],
});
