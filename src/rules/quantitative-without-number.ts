import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { isKnownUnit, isRateName, qualitativeText } from "./utils/measure.js";

/** A row that looks quantitative — marked 定量, an operator, a real unit, a rate name — but whose value has no number. */
export default defineRule({
  id: "quantitative-without-number",
  meta: {
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "定量指标没有数值", en: "Quantitative target without a number" },
      summary: {
        zh: "指标看起来是定量的（有运算符号、计量单位或名称是“…率”），指标值却没有数字。",
        en: "A row looks quantitative (an operator, a unit, or a rate name) but its value has no number.",
      },
    },
    messages: {
      operator: {
        zh: "指标“{name}”有运算符号“{operator}”，但指标值“{value}”没有数字；请填写数值目标，或去掉运算符号并写明分级标准。",
        en: "Indicator “{name}” has the operator “{operator}”, but the value “{value}” has no number; give a numeric target, or drop the operator and state graded criteria.",
      },
      unit: {
        zh: "指标“{name}”有计量单位“{unit}”，但指标值“{value}”没有数字；请填写数值目标。",
        en: "Indicator “{name}” has the unit “{unit}”, but the value “{value}” has no number; give a numeric target.",
      },
      typed: {
        zh: "指标“{name}”标为定量指标，但指标值“{value}”没有数字；请填写数值目标，或改标为定性指标并写明分级标准。",
        en: "Indicator “{name}” is marked quantitative (定量), but the value “{value}” has no number; give a numeric target, or mark it qualitative with graded criteria.",
      },
      rate: {
        zh: "指标“{name}”是比率，但指标值“{value}”没有数字；请填写百分比目标（如 ≥ 95%）。",
        en: "Indicator “{name}” is a rate, but the value “{value}” has no number; give a percentage target (≥ 95%).",
      },
    },
  },
  *check(table) {
    for (const ind of table.indicators) {
      const q = qualitativeText(ind);
      if (!q || q.cell !== "value" || /\d/.test(q.text)) continue;
      const data = { name: ind.name, value: q.text };
      const at = indicatorCell(ind, "value");
      const nature = Object.entries(ind.extra).find(([k]) => /指标值类型|指标性质|指标类型|定量\/定性/.test(k))?.[1]?.trim();
      if (nature === "定量") yield { messageId: "typed", data, indicator: ind, at };
      else if (ind.operator) yield { messageId: "operator", data: { ...data, operator: ind.operatorRaw ?? ind.operator }, indicator: ind, at };
      else if (isKnownUnit(ind.unit)) yield { messageId: "unit", data: { ...data, unit: ind.unit! }, indicator: ind, at };
      else if (isRateName(ind.name)) yield { messageId: "rate", data, indicator: ind, at };
    }
  },
});
