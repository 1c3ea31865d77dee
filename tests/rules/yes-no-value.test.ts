import rule from "../../src/rules/yes-no-value.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 13", table: corpusTable("13") },
    { name: "是否… as a name with a count", table: project({}, [["产出指标", "质量指标", "是否发生安全事故", "=", "0", "次", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 32: 否 on two yes/no questions",
      table: corpusTable("32"),
      errors: [
        { messageId: "yesNo", indicator: "项目实施是否产生经济价值", cell: "E18", data: { value: "否" } },
        { messageId: "yesNo", indicator: "是否对当地生态环境造成影响", cell: "E20" },
      ],
    },
    { name: "seed 老旧小区: 群众居住条件是否改善 | 是", table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金"), errors: [{ messageId: "yesNo", indicator: "群众居住条件是否改善", cell: "F122" }] },
    {
      name: "corpus 08: 是否按时足额发放 ≥ 95 %; corpus 21: 是; a bare 高",
      table: project({}, [["产出指标", "质量指标", "是否按时足额发放", "≥", "95", "%", ""], ["效益指标", "社会效益指标", "社会效益", "", "是", "", ""], ["", "", "群众认可程度", "", "高", "", ""]]),
      errors: [
        { messageId: "questionWithRate", indicator: "是否按时足额发放", cell: "F9", data: { value: "≥ 95 %" } },
        { messageId: "yesNo", indicator: "社会效益", cell: "F10" },
        { messageId: "level", indicator: "群众认可程度", cell: "F11" },
      ],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 36: no yes/no values", table: corpusTable("36") }],
  invalid: [{ name: "corpus 21: 是 on three 效益 rows", table: corpusTable("21"), errors: ["社会效益指标", "生态效益指标", "可持续性发展影响指标"].map((indicator) => ({ messageId: "yesNo", indicator, data: { value: "是" } })) }, { name: "corpus 08: 是否按时足额发放 ≥ 95 %", table: corpusTable("08"), errors: [{ messageId: "questionWithRate", indicator: "是否按时足额发放", cell: "F14" }] }],
});
