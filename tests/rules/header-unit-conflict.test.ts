import rule from "../../src/rules/header-unit-conflict.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

const rows = [["产出指标", "数量指标", "培训人数", ">=", "200", "人", "2023年12月"]];

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: 单位:万元 and 800", table: seedTable("融资担保补助项目") },
    { name: "the budget in the declared unit", table: project({ budget: "800万元" }, rows) },
  ],
  invalid: [
    { name: "单位:万元 but the budget says 800元", table: project({ budget: "800元" }, rows), errors: [{ messageId: "conflict", cell: "B6", data: { declared: "万元", text: "800元", unit: "元" } }] },
  ],
});
