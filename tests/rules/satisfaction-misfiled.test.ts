import rule from "../../src/rules/satisfaction-misfiled.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 32: 满意度指标 › 满意度指标", table: corpusTable("32") },
    { name: "a survey count is not a satisfaction", table: project({}, [["产出指标", "数量指标", "满意度调查次数", ">=", "2", "次", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 01: 学生家长满意度 and 学校满意度 under 效益 › 社会公众或服务对象满意度指标",
      table: corpusTable("01"),
      errors: [
        { messageId: "misfiled", indicator: "学生家长满意度", data: { level: "效益指标 / 社会公众或服务对象满意度指标" } },
        { messageId: "misfiled", indicator: "学校满意度" },
      ],
    },
    { name: "满意度 under 社会效益", table: project({}, [["效益指标", "社会效益指标", "群众满意度", ">=", "90", "%", ""]]), errors: [{ messageId: "misfiled", indicator: "群众满意度", cell: "D9", data: { level: "效益指标 / 社会效益指标" } }] },
  ],
});
