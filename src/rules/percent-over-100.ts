/** A rate or share cannot exceed 100 % (growth rates and cost-control rates excepted). */
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

export default defineRule<"overHundred">({
  id: "percent-over-100",
  meta: {
    name: { zh: "比率超过 100%", en: "Rate above 100 %" },
    category: "threshold",
    severity: "error",
    recommended: true,
    docs: {
      summary: { zh: "比率类指标的目标值超过 100%", en: "A rate's target is above 100 %" },
    },
    messages: {
      overHundred: {
        zh: "“{indicator}”是比率，目标值“{value}”超过 100%，不可能达到；请核对数值或单位。",
        en: "“{indicator}” is a rate but its target “{value}” is above 100 %, which cannot be reached; check the value or the unit.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (f.number === null || f.number <= 100 || !f.percent) continue;
      if (f.measure !== "rate" || !f.rateName || f.rate === "growth" || f.rate === "cost-control") continue;
      yield { messageId: "overHundred", data: { indicator: f.indicator.name, value: shown(f) }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
