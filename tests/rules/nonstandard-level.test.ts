import rule from "../../src/rules/nonstandard-level.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 13: 实施效果指标 is a grouping over 产出指标/效益指标", table: corpusTable("13") },
  ],
  invalid: [
    {
      name: "an evaluation framework's 过程指标 and 决策",
      table: project({}, [["过程指标", "资金管理", "资金到位率", ">=", "100", "%", "2023年12月"], ["决策指标", "", "立项规范性", "", "规范", "", "2023年12月"]]),
      errors: [
        { messageId: "evaluationCategory", cell: "B9", data: { level: "过程指标" } },
        { messageId: "evaluationCategory", cell: "B10", data: { level: "决策指标" } },
      ],
    },
    {
      name: "corpus 12: 成效指标 as a first level",
      table: project({}, [["产出指标", "", "物业管理面积", "", "6500平方米", "", ""], ["成效指标", "", "使用率", "", "80%以上", "", ""]]),
      errors: [{ messageId: "localFirstLevel", cell: "B10", data: { level: "成效指标" } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 01", table: corpusTable("01") }],
  invalid: [{ name: "corpus 12: 成效指標", table: corpusTable("12"), errors: [{ messageId: "localFirstLevel", data: { level: "成效指標(biāo)" } }] }],
});
