/** The unit, consistency, measurability, deadline and parse rules never throw, whatever the cells hold (the engine would turn a throw into a crash finding). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Row } from "../../helpers/table.js";
import { table } from "../../helpers/table.js";
import { runRule } from "../../helpers/rule-tester.js";
import { RULES } from "../../../src/rules/index.js";
import { placeholders } from "../../../src/i18n/format.js";

const MINE = new Set([
  "ambiguous-unit", "cost-exceeds-budget", "deadline-missing", "deadline-outside-year", "deadline-unparseable", "duplicate-measure",
  "goal-money-magnitude", "goal-number-mismatch", "goal-year-mismatch", "no-indicators", "outcome-restates-output", "qualitative-cost",
  "quantitative-without-number", "rate-unit-mismatch", "unit-cost-vs-budget", "unit-missing", "unit-value-mismatch", "unreadable-cell",
  "vague-value", "value-repeats-name", "unit-nonstandard", "header-unit-conflict", "annual-goal-copies-period-goal",
]);

const bits = ["成本指标", "产出指标", "效益指标", "数量指标", "元/(人", "元/人*年", "万元", "亿元", "%", "个", "万人", "率", "数量", "2024 年 3 月", "按时", "〔2019〕", "12357", "0", "-5", "促进", "（", "[", "\\", "$", " "];
// Object.prototype keys ("toString") are left out: tests/helpers/table.ts looks level names up in a plain object.
const text = fc
  .oneof(fc.string({ maxLength: 12 }), fc.array(fc.constantFrom(...bits), { maxLength: 4 }).map((a) => a.join("")))
  .filter((s) => !(s.replace(/指标$/, "") in Object.prototype));
const value = fc.oneof(fc.constant(null), fc.double({ noNaN: true }), fc.integer(), text);
const row = fc.tuple(text, text, text, fc.constantFrom(null, ">=", "<=", "=", ">", "<"), value, fc.oneof(fc.constant(null), text), fc.oneof(fc.constant(null), text));

describe("rules never throw and fill their messages", () => {
  it("on arbitrary tables", () => {
    const rules = RULES.filter((r) => MINE.has(r.id));
    expect(rules.length).toBe(MINE.size);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.oneof(fc.constant(null), text), fc.oneof(fc.constant(null), fc.double({ noNaN: true })), text, (rows, goal, amount, name) => {
        const t = table({ goal, budget: amount === null ? null : [amount, "万元"], name: name || "表" }, rows as Row[]);
        for (const rule of rules) {
          for (const f of runRule(rule, t)) {
            // Every placeholder of the message is filled, in both languages.
            const template = (rule.meta.messages as Record<string, { zh: string; en: string }>)[f.messageId];
            for (const p of [...placeholders(template.zh), ...placeholders(template.en)]) expect(f.data ?? {}, `${rule.id} ${p}`).toHaveProperty(p);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
