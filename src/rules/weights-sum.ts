/**
 * Where a table carries 权重/分值, they must add up to the scheme's total: 100, or 90 when 10 points
 * go to 预算执行 (domain-rules §2.2, W-01; the totals are regime-specific, hence the option).
 */
import { z } from "zod";
import { defineRule, type FindingDraft } from "../model/finding.js";

export default defineRule<"badSum" | "missingWeight", { totals: number[] }>({
  id: "weights-sum",
  meta: {
    category: "structure",
    severity: "warning",
    recommended: true,
    options: z.object({ totals: z.array(z.number()).min(1).default([100, 90]) }),
    docs: {
      name: { zh: "权重合计不对", en: "Weights do not add up" },
      summary: { zh: "指标权重（分值）合计不等于 100（或 90）", en: "Indicator weights do not add up to 100 (or 90)" },
    },
    messages: {
      badSum: {
        zh: "指标权重合计为 {sum}，应为 {expected}",
        en: "the indicator weights add up to {sum}; expected {expected}",
      },
      missingWeight: {
        zh: "其他指标都有权重，“{indicator}”却没有",
        en: "\"{indicator}\" has no weight while the other indicators have one",
      },
    },
  },
  *check(table, ctx): Generator<FindingDraft<"badSum" | "missingWeight">> {
    const weighted = table.indicators.filter((i) => i.weight !== null);
    if (weighted.length === 0) return;
    for (const i of table.indicators) {
      if (i.weight === null && i.name.trim()) yield { messageId: "missingWeight", data: { indicator: i.name }, indicator: i };
    }
    const sum = Math.round(weighted.reduce((s, i) => s + (i.weight ?? 0), 0) * 100) / 100;
    if (ctx.options.totals.some((t) => Math.abs(t - sum) < 0.01)) return;
    const first = weighted[0];
    yield {
      messageId: "badSum",
      data: { sum, expected: ctx.options.totals.join(" / ") },
      indicator: null,
      at: { sheet: first.location.sheet, row: first.location.row, cell: first.cells.weight ?? first.cells.name },
    };
  },
});
