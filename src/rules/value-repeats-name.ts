import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { qualitativeText } from "./utils/measure.js";
import { normalizeName } from "./utils/text.js";

/** The value only repeats the indicator's name (节能环保 = 节能环保): it sets no target. */
export default defineRule({
  id: "value-repeats-name",
  meta: {
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "指标值重复指标名称", en: "Value repeats the name" },
      summary: {
        zh: "指标值只是重复指标名称（如“节能环保”的指标值是“节能环保”），没有设定目标。",
        en: "The value only repeats the indicator's name (节能环保 = 节能环保) and sets no target.",
      },
    },
    messages: {
      repeats: {
        zh: "指标“{name}”的指标值只是重复了指标名称，没有设定可衡量的目标。",
        en: "Indicator “{name}”: the value only repeats the name and sets no measurable target.",
      },
    },
  },
  *check(table) {
    for (const ind of table.indicators) {
      const q = qualitativeText(ind);
      const name = normalizeName(ind.name);
      if (!q || name.length < 2 || normalizeName(q.text) !== name) continue;
      yield { messageId: "repeats", data: { name: ind.name }, indicator: ind, at: indicatorCell(ind, q.cell) };
    }
  },
});
