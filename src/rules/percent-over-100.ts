/** A rate or share cannot exceed 100 % (growth rates and cost-control rates excepted). */
import { defineRule } from "../model/finding.js";
import { isCostControlRate, isGrowthRate, isPercent, isRateName } from "./utils/indicator-kind.js";
import { at, num, shown, valueCell } from "./utils/operator-text.js";

export default defineRule<"overHundred">({
  id: "percent-over-100",
  meta: {
    category: "threshold",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "比率超过 100%", en: "Rate above 100 %" },
      summary: { zh: "比率类指标的目标值超过 100%", en: "A rate's target is above 100 %" },
    },
    messages: {
      overHundred: {
        zh: "“{indicator}”是比率，目标值“{value}”超过 100%，不可能达到；请核对数值或单位",
        en: "\"{indicator}\" is a rate but its target \"{value}\" is above 100 %, which cannot be reached; check the value or the unit",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      const v = num(i);
      if (v === null || v <= 100 || !isPercent(i) || !isRateName(i.name)) continue;
      if (isGrowthRate(i) || isCostControlRate(i)) continue;
      yield { messageId: "overHundred", data: { indicator: i.name, value: shown(i) }, indicator: i, at: at(i, valueCell(i)) };
    }
  },
});
