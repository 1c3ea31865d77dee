/**
 * Where a table carries 权重/分值, they must add up to 100. 90 is right only where the remaining 10 points
 * go to 预算执行 (budget execution), which the table then names; the totals are regime-specific, hence
 * the options.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

type Id = "badSum" | "missingWeight";

export default defineRule<Id, { totals: number[]; budgetExecutionPoints: number }>({
  id: "weights-sum",
  meta: {
    name: { zh: "权重合计不等于 100", en: "Weights do not add up" },
    category: "structure",
    severity: "warning",
    recommended: true,
    options: (z) => z.object({
      totals: z.array(z.number()).min(1).default([100]),
      /** Points reserved for 预算执行 when the table mentions it (100 − 10 = 90 is then right too). */
      budgetExecutionPoints: z.number().min(0).default(10),
    }),
    docs: {
      summary: { zh: "指标权重（分值）合计不等于 100", en: "Indicator weights do not add up to 100" },
    },
    messages: {
      badSum: {
        zh: "指标权重合计为 {sum}，应为 {expected}；请调整各指标的权重。",
        en: "The indicator weights add up to {sum}; expected {expected} — adjust the weights.",
      },
      missingWeight: {
        zh: "其他指标都有权重，“{indicator}”的权重一栏却是空的；请填写权重。",
        en: "“{indicator}” has no weight while the other indicators have one; fill it in.",
      },
    },
  },
  *check(table, ctx): Generator<FindingDraft<Id>> {
    const rows = ctx.facts.indicators;
    const weighted = rows.filter((f) => f.indicator.weight !== null);
    if (weighted.length === 0) return;
    const sum = Math.round(weighted.reduce((s, f) => s + (f.indicator.weight ?? 0), 0) * 100) / 100;
    // 预算执行 named anywhere, or a 自评表, whose money block scores its own 执行率(B/A) (10 points there).
    const execution = [table.title ?? "", ...table.fields.map((x) => `${x.label}${x.text}`), ...rows.map((f) => f.core)].some((t) => /预算执行|执行率|全年执行数|自评/u.test(t));
    const totals = execution ? [...ctx.options.totals, ...ctx.options.totals.map((t) => t - ctx.options.budgetExecutionPoints)] : ctx.options.totals;
    // Weights that already add up leave nothing unweighted: the blank cells are a merged block's (数量指标 30
    // over two rows, exported without the merge).
    if (totals.some((t) => Math.abs(t - sum) < 0.01)) return;
    for (const f of rows) {
      if (f.indicator.weight === null && f.core) yield { messageId: "missingWeight", data: { indicator: f.indicator.name }, indicator: f.indicator, at: cellOf(f, "weight") };
    }
    const first = weighted[0];
    yield { messageId: "badSum", data: { sum, expected: totals.join(" / ") }, indicator: null, at: cellOf(first, "weight") };
  },
});
