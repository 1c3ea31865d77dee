import rule from "../../src/rules/unreadable-cell.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 07", table: corpusTable("07") },
  ],
  invalid: [
    { name: "corpus 05: no project name found (the header says 一*级项目名称)", table: corpusTable("05"), errors: [{ messageId: "missingName", indicator: null, cell: "A3" }] },
    { name: "a budget that is not an amount", table: project({ budget: "详见附件" }, [["产出指标", "数量指标", "改造户数", ">=", "100", "户", ""]]), errors: [{ messageId: "budget", cell: "B6", data: { text: "详见附件" } }] },
  ],
});
