/**
 * The 指标值 cell is empty while the 度量单位 cell holds a value ("良好", "促进发展"): the target was typed
 * one column too far right. Budget systems read the 指标值 column, so the indicator has no target there.
 */
import { defineRule } from "../model/finding.js";
import { parseUnit } from "../grammar/index.js";
import { cellOf } from "./utils/location.js";

export default defineRule<"valueInUnit">({
  id: "value-in-unit-column",
  meta: {
    name: { zh: "指标值填在单位栏", en: "Target in the unit column" },
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "指标值填在了度量单位栏", en: "The target value was typed into the unit column" },
    },
    messages: {
      valueInUnit: {
        zh: "“{indicator}”的指标值一栏是空的，度量单位栏却写着“{text}”，疑似填错栏；请把它移到指标值栏。",
        en: "“{indicator}” has an empty target while the unit column says “{text}”: it looks typed one column off; move it to the target column.",
      },
    },
  },
  *check(table, { facts }) {
    // The reader may already have moved the value back and said so (it still checks the value).
    const moved = new Map(table.issues.filter((i) => i.code === "value-in-unit-column" && i.location).map((i) => [i.location!.row, i]));
    for (const f of facts.indicators) {
      const issue = moved.get(f.indicator.location.row);
      // A plain unit (人, %) with an empty value is a target never filled in, not one typed a column off.
      if (issue?.text && !parseUnit(issue.text)) yield { messageId: "valueInUnit", data: { indicator: f.indicator.name, text: issue.text }, indicator: f.indicator, at: issue.location };
      else if (f.core && f.value.kind === "empty" && f.unitColumnText) {
        yield { messageId: "valueInUnit", data: { indicator: f.indicator.name, text: f.unitColumnText }, indicator: f.indicator, at: cellOf(f, "unit") };
      }
    }
  },
});
