import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/**
 * The value only restates the indicator's name — the same words, or some of them in order (提升 for
 * 提升博物馆绿化水平, 巩固提高 for 基础教育巩固提高情况): it sets no target.
 */
export default defineRule({
  id: "value-repeats-name",
  meta: {
    name: { zh: "指标值重复名称", en: "Target restates the name" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "指标值只是重复指标名称中的词（如“提升博物馆绿化水平”的指标值是“提升”），没有设定目标。",
        en: "The value only restates words of the indicator's name (提升 for 提升博物馆绿化水平) and sets no target.",
      },
    },
    messages: {
      repeats: {
        zh: "指标“{name}”的指标值“{value}”只是重复了指标名称中的词，没有设定可衡量的目标；请写明要达到的数值或标准。",
        en: "Indicator “{name}”: the value “{value}” only restates the name and sets no measurable target; state the number or standard to reach.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const w = f.wording;
      // A cost stated in words is qualitative-cost's, whatever its words.
      const moneyCost = f.cost && f.block.level2 !== "socialCost" && f.block.level2 !== "ecoCost";
      if (!w || !w.restatesName || moneyCost || f.core.length < 2) continue;
      yield { messageId: "repeats", data: { name: f.indicator.name, value: w.text }, indicator: f.indicator, at: cellOf(f, w.cell) };
    }
  },
});
