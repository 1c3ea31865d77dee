/**
 * An indicator without a target cannot be assessed: every 三级 needs a value (domain-rules §2.1,
 * "each with a concrete value so that it can be assessed"). A value typed into the unit column is
 * reported by value-in-unit-column instead.
 */
import { defineRule } from "../model/finding.js";
import { at, valueCell } from "./utils/operator-text.js";
import { looksLikeUnit } from "./utils/unit-kind.js";

export default defineRule<"missingValue">({
  id: "missing-indicator-value",
  meta: {
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "缺少指标值", en: "Target value missing" },
      summary: { zh: "指标没有填写指标值", en: "Indicator without a target value" },
    },
    messages: {
      missingValue: {
        zh: "“{indicator}”没有填写指标值，无法考核",
        en: "\"{indicator}\" has no target value, so it cannot be assessed",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if (!i.name.trim()) continue;
      if (i.value !== null && i.value !== "") continue;
      if ((i.valueRaw ?? "").trim()) continue;
      if (i.unit?.trim() && !looksLikeUnit(i.unit)) continue;
      yield { messageId: "missingValue", data: { indicator: i.name }, indicator: i, at: at(i, valueCell(i)) };
    }
  },
});
