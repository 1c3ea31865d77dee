import rule from "../../src/rules/deadline-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: every row dated", table: seedTable("融资担保补助项目") },
    { name: "corpus 01: the table has no 完成时限 column", table: corpusTable("01") },
    {
      name: "one date on the first row only: the whole column merged",
      table: project({}, [
        ["产出指标", "数量指标", "培训人数", ">=", "200", "人", "2023年12月"],
        ["", "质量指标", "培训合格率", ">=", "95", "%", ""],
        ["满意度指标", "服务对象满意度指标", "学员满意度", ">=", "90", "%", ""],
      ]),
    },
    {
      // One 完成时限 merged down the 数量 block, exported as text: only its first row shows the date.
      name: "blank rows right below a dated row of the same block",
      table: project({}, [
        ["产出指标", "数量指标", "培训人数", ">=", "200", "人", "2023年12月"],
        ["", "", "培训场次", ">=", "4", "场", ""],
        ["", "", "培训课时", ">=", "40", "课时", ""],
        ["", "质量指标", "培训合格率", ">=", "95", "%", "2023年12月"],
      ]),
    },
  ],
  invalid: [
    {
      name: "seed 公积金: 对外窗口服务环境 (its value 良好 typed into the unit column, the date cell empty)",
      table: seedTable("沈阳公积金办事大厅专项业务经费"),
      errors: [{ messageId: "missing", indicator: "对外窗口服务环境", cell: "H329" }],
    },
    {
      name: "a block that starts without a date",
      table: project({}, [
        ["产出指标", "数量指标", "培训人数", ">=", "200", "人", "2023年12月"],
        ["", "质量指标", "培训合格率", ">=", "95", "%", ""],
        ["", "", "培训场次", ">=", "4", "场", "2023年12月"],
      ]),
      errors: [{ messageId: "missing", indicator: "培训合格率", cell: "H10" }],
    },
  ],
});
