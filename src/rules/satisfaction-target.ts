/**
 * A satisfaction target of 100 % (">= 100 %" or "= 100 %") means not a single respondent may be
 * dissatisfied: unrealistic, and the self-evaluation then fails on the first complaint; above 100 % it
 * cannot be met at all. Observed targets are 85–98 %.
 */
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

export default defineRule<"hundred" | "aboveHundred">({
  id: "satisfaction-target",
  meta: {
    name: { zh: "满意度目标为 100%", en: "Satisfaction target 100 %" },
    category: "threshold",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "满意度目标为 100% 或更高（不切实际）", en: "Satisfaction target of 100 % or more (unrealistic)" },
    },
    messages: {
      hundred: {
        zh: "满意度“{indicator}”目标为“{value}”，要求所有人都满意，不切实际；请改为常见的 85%–95%，如“≥ 90%”。",
        en: "Satisfaction “{indicator}” targets “{value}”, i.e. everyone satisfied, which is unrealistic; usual targets are 85–95 %, e.g. “≥ 90 %”.",
      },
      aboveHundred: {
        zh: "满意度“{indicator}”目标为“{value}”，超过 100%，无法达到；请改为常见的 85%–95%，如“≥ 90%”。",
        en: "Satisfaction “{indicator}” targets “{value}”, above 100 %, which cannot be met; usual targets are 85–95 %, e.g. “≥ 90 %”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (!f.satisfaction || f.number === null || f.number < 100) continue;
      if (f.unit?.info && !f.percent) continue;
      if (f.operator === "<=" || f.operator === "<") continue;
      yield { messageId: f.number > 100 ? "aboveHundred" : "hundred", data: { indicator: f.indicator.name, value: shown(f) }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
