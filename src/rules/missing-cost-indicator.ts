/**
 * A project (or department) table must state what the work may cost: cost is among the required
 * dimensions of performance targets, and current templates have a 成本指标 block of their own.
 * Transfer tables are checked by transfer-missing-cost-indicator, at a lower severity.
 */
import { defineRule } from "../model/finding.js";

export default defineRule<"missingCost">({
  id: "missing-cost-indicator",
  meta: {
    name: { zh: "缺少成本指标", en: "No cost indicator" },
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "项目表缺少成本指标", en: "Project table has no cost indicator" },
    },
    messages: {
      missingCost: {
        zh: "缺少成本指标：表中没有成本指标，无法约束资金使用；请补充成本指标，如项目总成本“≤ 预算金额 万元”或单位成本“≤ X 元/人”。",
        en: "Missing cost indicator: the table has no cost indicator, so spending is not bounded; add one, e.g. a total cost “≤ the budget in 万元” or a unit cost “≤ X 元/人”.",
      },
    },
  },
  *check(_table, { facts }) {
    if (facts.kind === "transfer" || facts.indicators.length === 0 || facts.hasCost) return;
    yield { messageId: "missingCost", indicator: null };
  },
});
