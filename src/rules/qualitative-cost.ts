import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/** A cost indicator stated in words (合规, 支出规范, 不超预算) instead of an amount or a control rate. */
export default defineRule({
  id: "qualitative-cost",
  meta: {
    name: { zh: "成本指标没有金额", en: "Cost stated in words" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "成本指标用文字（如“合规”“支出规范”“不超预算”）表述，没有给出金额或成本控制数。",
        en: "A cost indicator is stated in words (合规, 支出规范, 不超预算) instead of an amount or a cost limit.",
      },
    },
    messages: {
      qualitative: {
        zh: "成本指标“{name}”的指标值是“{value}”，没有金额；成本指标应写明成本控制数，如“≤ 800 万元”“≤ 640 元/人”。",
        en: "Cost indicator “{name}” has the value “{value}” and no amount; a cost indicator states a cost limit (≤ 800 万元, ≤ 640 元/人).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const w = f.wording;
      // Social and ecological costs (对周边环境的影响) are rarely money: their words are vague-value's to judge.
      if (!f.cost || !w || w.hasNumber || f.block.level2 === "socialCost" || f.block.level2 === "ecoCost") continue;
      yield { messageId: "qualitative", data: { name: f.indicator.name, value: w.text }, indicator: f.indicator, at: cellOf(f, w.cell) };
    }
  },
});
