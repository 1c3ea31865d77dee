import rule from "../../src/rules/missing-indicator-value.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "seed 公积金: 良好 typed into the unit column is value-in-unit-column's", table: seedTable("沈阳公积金办事大厅专项业务经费") },
    { name: "corpus 34: a unit without a number is unit-without-value's", table: corpusTable("34") },
  ],
  invalid: [
    {
      name: "corpus 25: three narrative aims with no value",
      table: corpusTable("25"),
      errors: [
        { messageId: "missingValue", indicator: "增加就业机会,提高农民收入。", cell: "E20" },
        { messageId: "missingValue", indicator: "提高森林覆盖率,促进生物多样性保护。", cell: "E22" },
        { messageId: "missingValue", indicator: "提高森林生态系统服务功能,显著改善项目区及周边地区的生态环境。", cell: "E23" },
      ],
    },
    {
      name: "corpus 08: 定性 indicators with no value",
      table: project({ columns: ["三级指标", "权重", "度量单位", "指标性质", "指标值"] }, [
        ["发放人数", "20", "人数", "≥", "80"],
        ["促进社会和谐", "20", "", "定性", ""],
        ["保障收入", "20", "", "定性", ""],
      ]),
      errors: [
        { messageId: "qualitativeWithoutValue", indicator: "促进社会和谐", cell: "F10" },
        { messageId: "qualitativeWithoutValue", indicator: "保障收入", cell: "F11" },
      ],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 36", table: corpusTable("36") }],
  invalid: [{ name: "corpus 08: three 定性 indicators with no value", table: corpusTable("08"), errors: ["促进社会和谐", "保障收入", "保障权益"].map((indicator) => ({ messageId: "qualitativeWithoutValue", indicator })) }, { name: "corpus 09: 促进经济发展 定性 with no value", table: corpusTable("09"), errors: [{ messageId: "qualitativeWithoutValue", indicator: "促进经济发展", cell: "F17" }] }],
});
