import rule from "../../src/rules/second-level-misplaced.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: 成本指标 under 产出 (older templates)", table: seedTable("融资担保补助项目") },
    { name: "corpus 13: 实施效果指标 › 产出指标 is a first level in the 二级 column", table: corpusTable("13") },
  ],
  invalid: [
    { name: "corpus 01: a 满意度 二级 under 效益, once per block", table: corpusTable("01"), errors: [{ messageId: "misplaced", indicator: "学生家长满意度", cell: "C18", data: { level1: "效益指标", expected: "满意度指标" } }] },
    { name: "数量指标 under 效益", table: project({}, [["效益指标", "数量指标", "受益人数", ">=", "100", "人", ""]]), errors: [{ messageId: "misplaced", cell: "C9", data: { level2: "数量指标", expected: "产出指标" } }] },
  ],
});
