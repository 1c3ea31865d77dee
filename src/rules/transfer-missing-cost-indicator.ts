/**
 * The cost requirement of 中发〔2018〕34号 applies to transfer payments too, but 转移支付 tables
 * (财预〔2015〕163号 templates) often carry no cost block: reported as info.
 */
import { defineRule } from "../model/finding.js";
import { hasCostIndicator } from "./utils/indicator-kind.js";

export default defineRule<"missingCost">({
  id: "transfer-missing-cost-indicator",
  meta: {
    category: "structure",
    severity: "info",
    recommended: true,
    docs: {
      name: { zh: "转移支付缺少成本指标", en: "Transfer without a cost indicator" },
      summary: { zh: "转移支付表缺少成本指标", en: "Transfer-payment table has no cost indicator" },
    },
    messages: {
      missingCost: {
        zh: "缺少成本指标：转移支付绩效目标表中没有成本指标；建议补充资金使用或单位成本控制指标",
        en: "missing cost indicator: the transfer-payment table has no cost indicator; consider a spending or unit-cost cap",
      },
    },
  },
  *check(table) {
    if (table.kind !== "transfer" || table.indicators.length === 0) return;
    if (hasCostIndicator(table.indicators)) return;
    yield { messageId: "missingCost", indicator: null };
  },
});
