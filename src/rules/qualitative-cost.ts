import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { isCostIndicator, qualitativeText } from "./utils/measure.js";

/** A cost indicator stated in words (合规, 支出规范) instead of an amount or a control rate. */
export default defineRule({
  id: "qualitative-cost",
  meta: {
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "成本指标没有金额", en: "Cost without an amount" },
      summary: {
        zh: "成本指标用文字（如“合规”“支出规范”）表述，没有给出金额或成本控制数。",
        en: "A cost indicator is stated in words (合规, 支出规范) instead of an amount or a cost limit.",
      },
    },
    messages: {
      qualitative: {
        zh: "成本指标“{name}”的指标值是“{value}”，没有金额；成本指标应写明成本控制数（如 ≤ 800 万元、≤ 640 元/人）。",
        en: "Cost indicator “{name}” has the value “{value}” and no amount; a cost indicator states a cost limit (≤ 800 万元, ≤ 640 元/人).",
      },
    },
  },
  *check(table) {
    for (const ind of table.indicators) {
      if (!isCostIndicator(ind)) continue;
      const q = qualitativeText(ind);
      if (!q || /\d/.test(q.text)) continue;
      yield { messageId: "qualitative", data: { name: ind.name, value: q.text }, indicator: ind, at: indicatorCell(ind, q.cell) };
    }
  },
});
