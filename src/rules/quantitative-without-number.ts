import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/** A row that looks quantitative — marked 定量, an operator, a real unit, a rate name — but whose value has no number. */
export default defineRule({
  id: "quantitative-without-number",
  meta: {
    name: { zh: "定量指标没有数字", en: "Quantitative target without a number" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "指标看起来是定量的（标为定量、有运算符号、计量单位或名称是“…率”），指标值却没有数字。",
        en: "A row looks quantitative (marked 定量, an operator, a unit, or a rate name) but its value has no number.",
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
        zh: "指标“{name}”是比率，但指标值“{value}”没有数字；请填写百分比目标，如“≥ 95%”。",
        en: "Indicator “{name}” is a rate, but the value “{value}” has no number; give a percentage target such as “≥ 95%”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const w = f.wording;
      if (!w || w.cell !== "value" || w.hasNumber || f.valueDate) continue;
      const ind = f.indicator;
      const data = { name: ind.name, value: w.text };
      const at = cellOf(f, "value");
      if (f.nature === "quantitative") yield { messageId: "typed", data, indicator: ind, at };
      // "= 是", "= 有效保障": many budget systems put "=" before every target, a text one too; only a bound (>=, <=) needs a number.
      else if (f.operator && f.operator !== "=") yield { messageId: "operator", data: { ...data, operator: f.operatorRaw ?? f.operator }, indicator: ind, at };
      else if (f.unit?.info && f.unit.source === "column") yield { messageId: "unit", data: { ...data, unit: f.unit.text }, indicator: ind, at };
      else if (f.rateName && !f.satisfaction) yield { messageId: "rate", data, indicator: ind, at };
    }
  },
});
