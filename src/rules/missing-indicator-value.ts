/**
 * An indicator without a target cannot be assessed: every 三级 needs a value, and a 定性 indicator needs
 * its graded wording. A value typed into the unit column is reported by value-in-unit-column instead;
 * a unit without a number by unit-without-value.
 */
import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

export default defineRule<"missingValue" | "qualitativeWithoutValue">({
  id: "missing-indicator-value",
  meta: {
    name: { zh: "缺少指标值", en: "No target value" },
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
      summary: { zh: "指标没有填写指标值", en: "Indicator without a target value" },
    },
    messages: {
      missingValue: {
        zh: "“{indicator}”的指标值一栏是空的，无法考核；请填写目标值，如“≥ 95%”“= 12 次”。",
        en: "“{indicator}” has an empty target, so it cannot be assessed; fill in a target such as “≥ 95%” or “= 12 次”.",
      },
      qualitativeWithoutValue: {
        zh: "“{indicator}”标为定性指标，但指标值一栏是空的，年终无法判断是否达成；请写明要达到的具体程度（如“达成/部分达成/未达成”的判断标准），能量化的改为定量指标。",
        en: "“{indicator}” is marked qualitative (定性) but its target is empty, so nobody can tell at year end whether it was met; state the level to reach (graded criteria), or make it quantitative.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (!f.core || f.value.kind !== "empty") continue;
      if (f.unitColumnText) continue;
      yield {
        messageId: f.nature === "qualitative" ? "qualitativeWithoutValue" : "missingValue",
        data: { indicator: f.indicator.name },
        indicator: f.indicator,
        at: cellOf(f, "value"),
      };
    }
  },
});
