import rule from "../../src/rules/percent-over-100.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 金融专项", table: seedTable("2023 年沈阳市金融专项") },
    { name: "growth and cost-control rates may exceed 100 %", table: project({}, [["效益指标", "经济效益指标", "产值增长率", ">=", "120", "%", ""], ["产出指标", "成本指标", "成本控制率", "<=", "105", "%", ""]]) },
    { name: "a percentage that is not a rate (percent-without-rate's)", table: project({}, [["效益指标", "社会效益指标", "维护社会稳定", ">=", "120", "%", ""]]) },
  ],
  invalid: [{ name: "a pass rate of 120 %", table: project({}, [["产出指标", "质量指标", "验收合格率", ">=", "120", "%", ""]]), errors: [{ messageId: "overHundred", indicator: "验收合格率", cell: "F9", data: { value: ">= 120 %" } }] }],
});
