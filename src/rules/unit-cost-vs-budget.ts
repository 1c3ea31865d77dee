import { z } from "zod";
import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { budgetYuan, formatMoney, toYuan } from "./utils/money.js";
import { isCostIndicator } from "./utils/measure.js";
import { describeTarget, longestCommonSubstring, normalizeName } from "./utils/text.js";

const PREFIX: Record<string, number> = { "": 1, 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 亿: 1e8 };

/**
 * A per-unit cost (640 元/人/年) times the matching quantity (400.08 万人) far above the budget:
 * the standard, the quantity or the budget is wrong — or the table funds only a share of the cost.
 */
export default defineRule({
  id: "unit-cost-vs-budget",
  meta: {
    category: "consistency",
    severity: "info",
    recommended: true,
    docs: {
      name: { zh: "单位成本与预算不符", en: "Unit cost against the budget" },
      summary: {
        zh: "单位成本（如 640 元/人/年）乘以对应数量（如 400.08 万人）远超预算资金。",
        en: "A per-unit cost (640 元/人/年) times the matching quantity (400.08 万人) is far above the budget.",
      },
    },
    messages: {
      aboveBudget: {
        zh: "成本指标“{name}”（{cost}）× 指标“{quantityName}”（{quantity}）≈ {product}，是预算资金 {budget} 的 {ratio} 倍，请核对标准、数量或预算（或说明其他资金来源）。",
        en: "Cost “{name}” ({cost}) × “{quantityName}” ({quantity}) ≈ {product}, {ratio} times the budget of {budget}; check the standard, the quantity or the budget (or name the other funding).",
      },
    },
    options: z.object({
      /** How many times the budget the product may reach before it is reported. */
      factor: z.number().min(1).default(1.5),
    }),
  },
  *check(table, { options }) {
    const budget = budgetYuan(table);
    if (budget === undefined) return;
    for (const cost of table.indicators) {
      if (typeof cost.value !== "number" || !cost.unit) continue;
      const m = /^(元|千元|万元|亿元)\s*[/／]\s*([^/／·]+)(.*)$/u.exec(cost.unit.normalize("NFKC").trim());
      if (!m || !(isCostIndicator(cost) || /标准|单价|人均|户均|成本/.test(cost.name))) continue;
      const per = m[2].trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const perMonth = /月/.test(m[3]) ? 12 : 1;
      // The quantity the standard applies to: its unit counts the same thing (万人 for 元/人, 人次 too);
      // with several candidates, the one whose name shares the most with the cost's (培训补贴 ↔ 培训人次).
      const candidates = table.indicators.flatMap((qty) => {
        if (qty === cost || typeof qty.value !== "number" || !qty.unit) return [];
        const q = new RegExp(`^(十万|百万|十|百|千|万|亿)?${per}(次)?$`, "u").exec(qty.unit.normalize("NFKC").trim());
        if (!q) return [];
        const shared = longestCommonSubstring(normalizeName(qty.name), normalizeName(cost.name).replace(/人均|户均|标准|补助|补贴|财政|成本|单价/gu, "|")).length;
        return [{ qty, value: qty.value, multiplier: PREFIX[q[1] ?? ""], shared }];
      });
      candidates.sort((a, b) => b.shared - a.shared);
      const best = candidates[0];
      if (!best || (candidates.length > 1 && (best.shared < 2 || best.shared === candidates[1].shared))) continue;
      const qty = best.qty;
      const product = toYuan(cost.value, m[1])! * best.value * best.multiplier * perMonth;
      if (product <= budget * options.factor) continue;
      yield {
        messageId: "aboveBudget",
        data: {
          name: cost.name,
          cost: describeTarget(cost),
          quantityName: qty.name,
          quantity: describeTarget(qty),
          product: formatMoney(product),
          budget: formatMoney(budget),
          ratio: String(Math.round((product / budget) * 10) / 10),
        },
        indicator: cost,
        at: indicatorCell(cost, "value"),
      };
    }
  },
});
