import rule from "../../src/rules/operator-lookalike.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: <=", table: seedTable("融资担保补助项目") },
    { name: "corpus 01: ≥ is standard", table: corpusTable("01") },
    { name: "＝ next to ≥ in a table of math signs", table: project({}, [["产出指标", "数量指标", "a", "≥", "1", "个", ""], ["", "", "b", "≥", "2", "个", ""], ["", "", "c", "＝", "3", "个", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 07: ≧95% — a safe rewrite in the table's style",
      table: corpusTable("07"),
      errors: [{ messageId: "lookalike", indicator: "满意度95%以上", cell: "D27", data: { operator: "≧", expected: ">=" }, fix: "safe" }],
    },
    {
      name: "corpus 34: ≧ % has no number — shown, never fixed",
      table: corpusTable("34"),
      errors: [{ messageId: "lookalike", indicator: "指标1:工程验收合格率", cell: "E17", fix: "none" }],
    },
    {
      name: "corpus 26: ≦380万 and => in the operator column",
      table: project({}, [["产出指标", "成本指标", "预算成本", "", "≦380万", "", ""], ["", "数量指标", "补助人数", "=>", "250", "人", ""]]),
      errors: [
        { messageId: "lookalike", indicator: "预算成本", cell: "F9", data: { operator: "≦", expected: "<=" }, fix: "safe" },
        { messageId: "lookalike", indicator: "补助人数", cell: "E10", data: { operator: "=>" }, fix: "safe" },
      ],
    },
  ],
});
