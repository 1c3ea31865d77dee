/**
 * A satisfaction target of 100 % (">= 100 %" or "= 100 %") means not a single respondent may be
 * dissatisfied: unrealistic, and the self-evaluation then fails on the first complaint
 * (domain-rules §3.5, §3.6 V-07; observed targets are 85–98 %).
 */
import { defineRule } from "../model/finding.js";
import { isSatisfaction } from "./utils/indicator-kind.js";
import { at, num, shown, valueCell } from "./utils/operator-text.js";

export default defineRule<"hundred">({
  id: "satisfaction-target",
  meta: {
    category: "threshold",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "满意度目标 100%", en: "Satisfaction target of 100 %" },
      summary: { zh: "满意度目标为 100%（不切实际）", en: "Satisfaction target of 100 % (unrealistic)" },
    },
    messages: {
      hundred: {
        zh: "满意度“{indicator}”目标为“{value}”，要求所有人都满意，不切实际；常见目标为 85%–95%",
        en: "satisfaction \"{indicator}\" targets \"{value}\", i.e. everyone satisfied, which is unrealistic; usual targets are 85–95 %",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if (!isSatisfaction(i) || num(i) !== 100) continue;
      if (i.operator !== ">=" && i.operator !== "=" && i.operator !== null) continue;
      yield { messageId: "hundred", data: { indicator: i.name, value: shown(i) }, indicator: i, at: at(i, valueCell(i)) };
    }
  },
});
