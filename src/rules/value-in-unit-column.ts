/**
 * The 指标值 cell is empty while the 度量单位 cell holds a value ("良好", "促进发展"): the target was
 * typed one column too far right. Budget systems read the 指标值 column, so the indicator has no target there.
 */
import { defineRule } from "../model/finding.js";
import { at } from "./utils/operator-text.js";
import { looksLikeUnit } from "./utils/unit-kind.js";

export default defineRule<"valueInUnit">({
  id: "value-in-unit-column",
  meta: {
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "指标值填在单位栏", en: "Value in the unit column" },
      summary: { zh: "指标值填在了度量单位栏", en: "The target value was typed into the unit column" },
    },
    messages: {
      valueInUnit: {
        zh: "“{indicator}”的指标值为空，度量单位栏却写着“{text}”，疑似填错栏；请把它移到指标值栏",
        en: "\"{indicator}\" has an empty target while the unit column says \"{text}\": it looks typed one column off; move it to the target column",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if (!i.name.trim() || (i.valueRaw ?? "").trim() || (i.value !== null && i.value !== "")) continue;
      const text = i.unit?.trim();
      if (!text || looksLikeUnit(text)) continue;
      yield { messageId: "valueInUnit", data: { indicator: i.name, text }, indicator: i, at: at(i, i.cells.unit ?? i.cells.name) };
    }
  },
});
