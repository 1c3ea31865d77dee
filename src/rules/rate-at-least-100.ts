/**
 * ">= 100 %" on a rate can only be met by exactly 100 %: it is "= 100 %" written confusingly, and
 * "> 100 %" cannot be met at all. On a rate where lower is better (逾期发放率 >= 100 %) it demands that
 * every payment be late: both the threshold and the direction are wrong (operator-direction says the
 * latter). Satisfaction has its own rule (satisfaction-target); growth and cost-control rates are exempt.
 */
import { defineRule } from "../model/finding.js";
import { operatorAt, shown } from "./utils/location.js";
import { operatorEdit, respell } from "./utils/operator-text.js";

export default defineRule<"atLeastHundred" | "aboveHundred" | "badAtLeastHundred">({
  id: "rate-at-least-100",
  meta: {
    name: { zh: "比率写成“≥ 100%”", en: "Rate “≥ 100 %”" },
    category: "threshold",
    severity: "warning",
    recommended: true,
    fixable: "safe",
    docs: {
      summary: {
        zh: "比率写成“>= 100%”（只能等于 100%）或“> 100%”（无法达到）",
        en: "A rate written \">= 100 %\" (it can only mean = 100 %) or \"> 100 %\" (unreachable)",
      },
    },
    messages: {
      atLeastHundred: {
        zh: "“{indicator}”写成“{value}”：比率不会超过 100%，“>= 100%”实际就是“= 100%”；请改为“= 100%”。",
        en: "“{indicator}” is written “{value}”: a rate cannot exceed 100 %, so “>= 100 %” means “= 100 %”; write “= 100 %”.",
      },
      aboveHundred: {
        zh: "“{indicator}”写成“{value}”：比率不可能大于 100%，该目标无法达到；请改为“= 100%”或合理的目标值。",
        en: "“{indicator}” is written “{value}”: a rate cannot be above 100 %, so the target cannot be met; write “= 100 %” or a reachable target.",
      },
      badAtLeastHundred: {
        zh: "“{indicator}”是越低越好的比率，写成“{value}”等于要求全部出问题；请改为“<= X%”（通常为“= 0%”）。",
        en: "“{indicator}” is a rate where lower is better; “{value}” demands that everything go wrong — write “<= X %” (usually “= 0 %”).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if ((f.operator !== ">=" && f.operator !== ">") || f.number !== 100 || !f.percent) continue;
      if (f.measure !== "rate" || !f.rateName || f.rate === "growth" || f.rate === "cost-control") continue;
      const data = { indicator: f.indicator.name, value: shown(f) };
      if (f.direction === "lower") {
        yield { messageId: "badAtLeastHundred", data, indicator: f.indicator, at: operatorAt(f) };
        continue;
      }
      if (f.operator === ">") {
        const edit = operatorEdit(f, "=");
        yield { messageId: "aboveHundred", data, indicator: f.indicator, at: operatorAt(f), ...(edit ? { fix: { kind: "suggestion" as const, edits: [edit] } } : {}) };
        continue;
      }
      const edit = operatorEdit(f, respell(f.operatorRaw ?? "=", "="));
      yield { messageId: "atLeastHundred", data, indicator: f.indicator, at: operatorAt(f), ...(edit ? { fix: { kind: "safe" as const, edits: [edit] } } : {}) };
    }
  },
});
