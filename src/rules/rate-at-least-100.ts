/**
 * ">= 100 %" on a rate can only be met by exactly 100 %: it is "= 100 %" written confusingly
 * (domain-rules §3.6, V-02), and "> 100 %" cannot be met at all.
 * Satisfaction has its own rule (satisfaction-target); growth and cost-control rates are exempt.
 */
import { defineRule } from "../model/finding.js";
import { isCostControlRate, isGrowthRate, isPercent, isRateName, isSatisfaction } from "./utils/indicator-kind.js";
import { at, num, operatorCell, operatorEdit, respell, shown } from "./utils/operator-text.js";

export default defineRule<"atLeastHundred" | "aboveHundred">({
  id: "rate-at-least-100",
  meta: {
    category: "threshold",
    severity: "warning",
    recommended: true,
    fixable: "safe",
    docs: {
      name: { zh: "比率写成“>= 100%”", en: "Rate of \">= 100 %\"" },
      summary: {
        zh: "比率写成“>= 100%”（只能等于 100%）或“> 100%”（无法达到）",
        en: "A rate written \">= 100 %\" (it can only mean = 100 %) or \"> 100 %\" (unreachable)",
      },
    },
    messages: {
      atLeastHundred: {
        zh: "“{indicator}”写成“{value}”：比率不会超过 100%，“>= 100%”实际就是“= 100%”，请改为“= 100%”",
        en: "\"{indicator}\" is written \"{value}\": a rate cannot exceed 100 %, so \">= 100 %\" means \"= 100 %\"; write \"= 100 %\"",
      },
      aboveHundred: {
        zh: "“{indicator}”写成“{value}”：比率不可能大于 100%，该目标无法达到",
        en: "\"{indicator}\" is written \"{value}\": a rate cannot be above 100 %, so the target cannot be met",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if ((i.operator !== ">=" && i.operator !== ">") || num(i) !== 100) continue;
      if (!isPercent(i) || !isRateName(i.name) || isSatisfaction(i) || isGrowthRate(i) || isCostControlRate(i)) continue;
      const data = { indicator: i.name, value: shown(i) };
      if (i.operator === ">") {
        const edit = operatorEdit(i, "=");
        yield { messageId: "aboveHundred", data, indicator: i, at: at(i, operatorCell(i)), ...(edit ? { fix: { kind: "suggestion" as const, edits: [edit] } } : {}) };
        continue;
      }
      const edit = operatorEdit(i, respell(i.operatorRaw ?? "=", "="));
      yield { messageId: "atLeastHundred", data, indicator: i, at: at(i, operatorCell(i)), ...(edit ? { fix: { kind: "safe" as const, edits: [edit] } } : {}) };
    }
  },
});
