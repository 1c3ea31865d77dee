import rule from "../../src/rules/satisfaction-target.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "corpus 01: >= 90 %", table: corpusTable("01") },
    { name: "seed 融资担保: <= 100 % is operator-direction's", table: seedTable("融资担保补助项目") },
  ],
  invalid: [
    {
      name: "seed 金融专项: two satisfactions >= 100 %",
      table: seedTable("2023 年沈阳市金融专项"),
      errors: [
        { messageId: "hundred", indicator: "民营企业满意度", cell: "F252", data: { value: ">= 100 %" } },
        { messageId: "hundred", indicator: "社会公众满意度", cell: "F253" },
      ],
    },
    { name: "above 100 %, and a bare 100 %", table: project({}, [["满意度指标", "服务对象满意度指标", "群众满意度", ">=", "105", "%", ""], ["", "", "学生满意度", "", "100%", "", ""]]), errors: [{ messageId: "aboveHundred", cell: "F9" }, { messageId: "hundred", cell: "F10" }] },
  ],
});
