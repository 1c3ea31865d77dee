/**
 * One indicator, one target: a value that is a sentence with several figures ("建筑面积2.6万平方米，展示面积1万
 * 平方米") is two targets in one cell, with no operator for either.
 */
import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

export default defineRule<"severalNumbers">({
  id: "value-several-numbers",
  meta: {
    name: { zh: "一个指标值含多个数字", en: "Several figures in one target" },
    category: "measurability",
    severity: "info",
    recommended: true,
    docs: {
      summary: {
        zh: "指标值是一句话，含有两个或更多数字，相当于一个指标写了几个目标。",
        en: "The target is a sentence with two or more figures: several targets in one cell.",
      },
    },
    messages: {
      severalNumbers: {
        zh: "“{indicator}”的指标值“{value}”含有 {count} 个数字，相当于几个目标写在一起；请拆成几个指标，每个只写一个数值和单位（如“≥ 2.6 万平方米”）。",
        en: "“{indicator}”: the target “{value}” holds {count} figures, several targets in one; split it into indicators with one number and unit each (≥ 2.6 万平方米).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const w = f.wording;
      if (!w || w.cell !== "value" || f.valueDate) continue;
      const figures = w.numbers.filter((n) => n.unit !== null && n.unitInfo?.family !== "time");
      if (figures.length < 2) continue;
      yield { messageId: "severalNumbers", data: { indicator: f.indicator.name, value: w.text, count: figures.length }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
