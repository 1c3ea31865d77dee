/**
 * 足额 / 全部 / 全覆盖 / 应保尽保 promise everything; a target below 100 % contradicts the name
 * (足额发放率 = 95 % allows one payment in twenty to fall short).
 */
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

export default defineRule<"belowHundred">({
  id: "full-wording-below-100",
  meta: {
    name: { zh: "“足额”目标低于 100%", en: "“In full” below 100 %" },
    category: "threshold",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "指标名称写“足额、全部、全覆盖、应保尽保”，目标值却低于 100%",
        en: "The name promises everything (足额, 全部, 全覆盖, 应保尽保) but the target is below 100 %",
      },
    },
    messages: {
      belowHundred: {
        zh: "“{indicator}”含“{word}”，意味着 100%，但目标值为“{value}”，两者矛盾；请把目标改为 100%，或修改指标名称。",
        en: "“{indicator}” says “{word}”, which means 100 %, but the target is “{value}”; set 100 % or rename the indicator.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (f.number === null || f.number >= 100 || !f.percent) continue;
      if (f.operator === "<=" || f.operator === "<") continue;
      const word = f.fullWord;
      if (!word) continue;
      yield { messageId: "belowHundred", data: { indicator: f.indicator.name, word, value: shown(f) }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
