import rule from "../../src/rules/operator-strict.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: <= (direction is operator-direction's)", table: seedTable("融资担保补助项目") },
    { name: "> 100 % on a rate is rate-at-least-100's", table: project({}, [["产出指标", "质量指标", "验收合格率", ">", "100", "%", ""]]) },
  ],
  invalid: [
    {
      name: "seed 老旧小区: 改造小区数 > 855 个",
      table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金"),
      errors: [{ messageId: "strict", indicator: "改造小区数", cell: "E119", data: { value: "> 855 个", target: "855 个", expected: ">=" }, fix: "suggestion" }],
    },
    { name: ">92% written inside the value", table: project({}, [["产出指标", "质量指标", "验收合格率", "", ">92%", "", ""]]), errors: [{ messageId: "strict", cell: "F9", data: { expected: ">=" }, fix: "suggestion" }] },
  ],
});
