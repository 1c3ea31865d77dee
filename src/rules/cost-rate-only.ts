/**
 * A cost-control rate (成本控制率 ≤ 100 %) says the project will not overspend, but not what it may
 * cost. Fine next to a cost amount; as the table's only cost indicator the amount is missing.
 */
import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

export default defineRule<"rateOnly">({
  id: "cost-rate-only",
  meta: {
    name: { zh: "成本只有控制率", en: "Cost only as a control rate" },
    category: "measurability",
    severity: "info",
    recommended: true,
    docs: {
      summary: {
        zh: "表中的成本指标只有成本控制率，没有成本金额。",
        en: "The table's only cost indicators are control rates; no cost amount is given.",
      },
    },
    messages: {
      rateOnly: {
        zh: "成本指标只有“{name}”这一控制率，只说明不超支，没有说明要花多少；建议补充成本金额指标，如“项目总成本 ≤ 预算金额 万元”。",
        en: "The only cost indicator is the control rate “{name}”: it says the project will not overspend, not what it may cost; add a cost amount (项目总成本 ≤ the budget in 万元).",
      },
    },
  },
  *check(_table, { facts }) {
    const costs = facts.indicators.filter((f) => f.cost);
    const rates = costs.filter((f) => f.rate === "cost-control");
    if (rates.length === 0 || costs.some((f) => f.money || f.measure === "amount" || f.measure === "unit-cost")) return;
    // Qualitative costs have their own rule; a rate next to them still lacks an amount.
    const first = rates[0];
    yield { messageId: "rateOnly", data: { name: first.indicator.name }, indicator: first.indicator, at: cellOf(first, "value") };
  },
});
