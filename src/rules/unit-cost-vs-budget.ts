import { parseUnit } from "../grammar/index.js";
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";
import { formatMoney } from "./utils/money.js";
import { longestCommonSubstring, normalizeName } from "./utils/text.js";

/** How many times a year a per-period standard is paid; 元/人/天 has no known number of days and is skipped. */
const PER_YEAR: Record<string, number> = { 年: 1, 学年: 1, 月: 12, 季度: 4, 学期: 2, 半年: 2 };
const TIME = /^(年|学年|月|季度|学期|半年|天|日|周|次)$/u;

/**
 * A per-unit cost (640 元/人/年) times the matching quantity (400.08 万人) far above the budget: the
 * standard, the quantity or the budget is wrong — or the table funds only a share of the cost.
 */
export default defineRule({
  id: "unit-cost-vs-budget",
  meta: {
    name: { zh: "单位成本与预算不符", en: "Unit cost × quantity ≠ budget" },
    category: "consistency",
    severity: "info",
    recommended: true,
    docs: {
      summary: {
        zh: "单位成本（如 640 元/人/年）乘以对应数量（如 400.08 万人）远超预算资金。",
        en: "A per-unit cost (640 元/人/年) times the matching quantity (400.08 万人) is far above the budget.",
      },
    },
    messages: {
      aboveBudget: {
        zh: "成本指标“{name}”（{cost}）× 指标“{quantityName}”（{quantity}）≈ {product}，是预算资金 {budget} 的 {ratio} 倍；请核对标准、数量或预算（或说明其他资金来源）。",
        en: "Cost “{name}” ({cost}) × “{quantityName}” ({quantity}) ≈ {product}, {ratio} times the budget of {budget}; check the standard, the quantity or the budget (or name the other funding).",
      },
    },
    options: (z) => z.object({
      /** How many times the budget the product may reach before it is reported. */
      factor: z.number().min(1).default(1.5),
    }),
  },
  *check(_table, { options, facts }) {
    const budget = facts.budget;
    if (!budget) return;
    for (const cost of facts.indicators) {
      const u = cost.unit?.info;
      if (cost.number === null || !u || u.family !== "money" || u.per.length === 0) continue;
      if (!cost.cost && !/标准|单价|人均|户均|成本/u.test(cost.core)) continue;
      const per = u.per.find((p) => !TIME.test(p));
      const periods = u.per.filter((p) => TIME.test(p));
      if (!per || periods.some((p) => !Object.hasOwn(PER_YEAR, p))) continue;
      const times = periods.reduce((n, p) => n * PER_YEAR[p], 1);
      // The quantity the standard applies to: its unit counts the same thing (万人 for 元/人, 人次 too);
      // with several candidates, the one whose name shares the most with the cost's (培训补贴 ↔ 培训人次).
      const candidates = facts.indicators.flatMap((qty) => {
        const qu = qty.unit?.info;
        if (qty === cost || qty.number === null || !qu || qu.per.length || (qu.counter !== per && qu.counter !== `${per}次`)) return [];
        const shared = longestCommonSubstring(normalizeName(qty.core), normalizeName(cost.core).replace(/人均|户均|标准|补助|补贴|财政|成本|单价/gu, "|")).length;
        // Scales are to the family's base (万亩 → 平方米); the standard is per its own counter (元/亩): 1 万亩 is 10⁴ 亩.
        const perScale = parseUnit(per);
        const amount = (qty.number * qu.scale) / (perScale && perScale.family === qu.family ? perScale.scale : 1);
        return [{ qty, amount, shared }];
      });
      candidates.sort((a, b) => b.shared - a.shared);
      const best = candidates[0];
      if (!best || (candidates.length > 1 && (best.shared < 2 || best.shared === candidates[1].shared))) continue;
      const product = cost.number * u.scale * best.amount * times;
      if (product <= budget.yuan * options.factor) continue;
      yield {
        messageId: "aboveBudget",
        data: {
          name: cost.indicator.name,
          cost: shown(cost),
          quantityName: best.qty.indicator.name,
          quantity: shown(best.qty),
          product: formatMoney(product),
          budget: formatMoney(budget.yuan),
          ratio: String(Math.round((product / budget.yuan) * 10) / 10),
        },
        indicator: cost.indicator,
        at: cellOf(cost, "value"),
      };
    }
  },
});
