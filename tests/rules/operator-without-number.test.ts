import rule from "../../src/rules/operator-without-number.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "≥**% is a template placeholder (template-placeholder's)", table: project({}, [["产出指标", "质量指标", "苗木成活率", "", "≥**%", "", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 34: ≧ % — an operator and a unit, no number",
      table: corpusTable("34"),
      errors: [{ messageId: "noNumberUnit", indicator: "指标1:工程验收合格率", cell: "E17", data: { value: "≧ %", unit: "%" }, fix: "none" }],
    },
    {
      name: "≥ alone in the value; >= in the operator column and nothing in the value",
      table: project({}, [["产出指标", "质量指标", "验收合格率", "", "≥", "", ""], ["", "数量指标", "培训人数", ">=", "", "人", ""]]),
      errors: [
        // The reader takes a lone "≥" in the value column for a row shifted one column right, so the cell it reports is off.
        { messageId: "noNumber", indicator: "验收合格率", fix: "none" },
        { messageId: "noNumber", indicator: "培训人数", cell: "F10", data: { value: ">=" } },
      ],
    },
  ],
});
