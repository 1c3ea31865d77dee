/**
 * A project (or department) table must state what the work may cost: 中发〔2018〕34号 lists 成本
 * among the required dimensions and 财预〔2021〕101号 adds 成本指标 (domain-rules §2.3, S-07).
 * Transfer tables are checked by transfer-missing-cost-indicator, at a lower severity.
 */
import { defineRule } from "../model/finding.js";
import { hasCostIndicator } from "./utils/indicator-kind.js";

export default defineRule<"missingCost">({
  id: "missing-cost-indicator",
  meta: {
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "缺少成本指标", en: "No cost indicator" },
      summary: { zh: "项目表缺少成本指标", en: "Project table has no cost indicator" },
    },
    messages: {
      missingCost: {
        zh: "缺少成本指标：表中没有成本指标（如经济成本、单位成本或总成本控制数），无法约束资金使用",
        en: "missing cost indicator: the table has no cost indicator (economic cost, unit cost or a total-cost cap), so spending is not bounded",
      },
    },
  },
  *check(table) {
    if (table.kind === "transfer" || table.indicators.length === 0) return;
    if (hasCostIndicator(table.indicators)) return;
    yield { messageId: "missingCost", indicator: null };
  },
});
