import rule from "../../src/rules/levels-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project } from "../helpers/tsv.js";

const flat = (rows: string[][]) => project({ columns: ["三级指标", "权重", "度量单位", "指标性质", "指标值"] }, rows);

ruleTester(rule, {
  valid: [
    { name: "corpus 01: levels", table: corpusTable("01") },
    { name: "two rows are a fragment", table: flat([["发放人数", "20", "人", "≥", "80"], ["保障收入", "20", "", "定性", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 08: five indicators, no 一级 or 二级",
      table: flat([
        ["发放人数", "20", "人数", "≥", "80"],
        ["是否按时足额发放", "10", "%", "≥", "95"],
        ["促进社会和谐", "20", "", "定性", ""],
        ["保障收入", "20", "", "定性", ""],
        ["保障权益", "20", "", "定性", ""],
      ]),
      errors: [{ messageId: "noLevels", indicator: null, data: { count: 5 } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 36", table: corpusTable("36") }],
  invalid: [{ name: "corpus 08", table: corpusTable("08"), errors: [{ messageId: "noLevels", indicator: null, data: { count: 5 } }] }, { name: "corpus 09", table: corpusTable("09"), errors: [{ messageId: "noLevels", data: { count: 5 } }] }],
});
