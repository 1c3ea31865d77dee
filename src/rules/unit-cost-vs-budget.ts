import { z } from "zod";
import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { budgetYuan, formatMoney, toYuan } from "./utils/money.js";
import { isCostIndicator } from "./utils/measure.js";
import { describeTarget } from "./utils/text.js";

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
      const per = m[2];
      const perMonth = /月/.test(m[3]) ? 12 : 1;
      for (const qty of table.indicators) {
        if (qty === cost || typeof qty.value !== "number" || !qty.unit) continue;
        const q = new RegExp(`^(十万|百万|十|百|千|万|亿)?${per}$`, "u").exec(qty.unit.normalize("NFKC").trim());
        if (!q) continue;
        const product = toYuan(cost.value, m[1])! * qty.value * PREFIX[q[1] ?? ""] * perMonth;
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
        break;
      }
    }
  },
});
