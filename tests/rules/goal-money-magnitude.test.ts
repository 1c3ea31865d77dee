import { expect, it } from "vitest";
import rule from "../../src/rules/goal-money-magnitude.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 双一流: 3亿元 = 30000 万元 = the budget", table: seedTable("省高等学校“双一流”建设") },
    { name: "corpus 10: 中标金额为 282.92万元", table: corpusTable("10") },
    { name: "a round part of the budget is not a slip", table: project({ budget: "1000", goal: "其中补助科技企业 100 万元。" }, [["产出指标", "数量指标", "补助企业数", ">=", "10", "家", "2023年12月"]]) },
  ],
  invalid: [
    {
      name: "seed 金融专项: 合计 12357 亿元 against a 12357 万元 budget, the parts adding up to the budget",
      table: seedTable("2023 年沈阳市金融专项"),
      errors: [{ messageId: "magnitudeParts", indicator: null, cell: "B238", data: { text: "12357 亿元", budget: "12357 万元", factor: "10000", parts: "12357 万元" }, fix: "suggestion" }],
    },
    {
      name: "the budget's digits in 元",
      table: project({ budget: "800", goal: "预算安排 800 元用于担保补助。" }, [["产出指标", "数量指标", "补助机构数", ">=", "10", "户", "2023年12月"]]),
      errors: [{ messageId: "magnitude", cell: "B7", data: { factor: "10000" }, fix: "suggestion" }],
    },
  ],
});

it("suggests the budget's unit in the goal cell, never applies it", () => {
  const [f] = runRule(rule, seedTable("2023 年沈阳市金融专项"));
  expect(f.fix?.kind).toBe("suggestion");
  expect(f.fix?.edits[0].to).toContain("12357 万元");
});
