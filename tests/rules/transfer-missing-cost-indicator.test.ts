import rule from "../../src/rules/transfer-missing-cost-indicator.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 环卫扫保经费: a transfer table with 扫保经费", table: seedTable("2023 年环卫扫保经费") },
    { name: "seed 双一流: a project table (missing-cost-indicator)", table: seedTable("省高等学校“双一流”建设") },
  ],
  invalid: [
    { name: "seed 老旧小区", table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金"), errors: [{ messageId: "missingCost", indicator: null }] },
    { name: "seed 两品一标", table: seedTable("两品一标认证补贴"), errors: [{ messageId: "missingCost", indicator: null }] },
  ],
});
