/**
 * The cost requirement applies to transfer payments too, but 转移支付 tables often carry no cost block
 * in their templates: reported as info.
 */
import { defineRule } from "../model/finding.js";

export default defineRule<"missingCost">({
  id: "transfer-missing-cost-indicator",
  meta: {
    name: { zh: "转移支付缺少成本指标", en: "Transfer table without cost" },
    category: "structure",
    severity: "info",
    recommended: true,
    docs: {
      summary: { zh: "转移支付表缺少成本指标", en: "Transfer-payment table has no cost indicator" },
    },
    messages: {
      missingCost: {
        zh: "缺少成本指标：转移支付绩效目标表中没有成本指标；建议补充资金使用或单位成本控制指标，如“单位成本 ≤ X 元/人”。",
        en: "Missing cost indicator: the transfer-payment table has no cost indicator; consider a spending or unit-cost cap such as “≤ X 元/人”.",
      },
    },
  },
  *check(_table, { facts }) {
    if (facts.kind !== "transfer" || facts.indicators.length === 0 || facts.hasCost) return;
    yield { messageId: "missingCost", indicator: null };
  },
});
