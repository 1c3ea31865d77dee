import rule from "../../src/rules/indicator-name-punctuation.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "punctuation inside a name", table: project({}, [["产出指标", "数量指标", "学生、家长满意度", ">=", "90", "%", "2023年12月"]]) },
  ],
  invalid: [
    {
      name: "seed 两品一标: two names ending in 。",
      table: seedTable("两品一标认证补贴"),
      errors: [
        { messageId: "trailingPunctuation", indicator: "提升群众放心消费农产品意识，消除消费恐慌。", cell: "D436", fix: "safe", data: { punctuation: "。", fixed: "提升群众放心消费农产品意识，消除消费恐慌" } },
        { messageId: "trailingPunctuation", indicator: "消除媒体质疑，群众可享受到严格监管后的成果。", cell: "D437", fix: "safe" },
      ],
    },
  ],
});
