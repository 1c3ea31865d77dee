import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/** The name says what the unit must be: a rate (…率) is a percentage, a count (…数量) is not. */
export default defineRule({
  id: "rate-unit-mismatch",
  meta: {
    name: { zh: "名称与单位不符", en: "Name and unit disagree" },
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "指标名称与计量单位不符：“…率”“…比例”的单位不是 %，或“…数量”“…金额”的单位是 %。",
        en: "The name and the unit disagree: a rate (…率, …比例) not in %, or a count (…数量) or an amount (…金额) in %.",
      },
    },
    messages: {
      rateUnit: {
        zh: "指标“{name}”是比率，但度量单位是“{unit}”而不是 %；请把单位改为 %，或把指标改成数量指标。",
        en: "Indicator “{name}” is a rate, but its unit is “{unit}”, not %; use %, or make it a count.",
      },
      moneyPercent: {
        zh: "指标“{name}”是金额，但度量单位是“{unit}”（百分比）；请填写金额和金额单位（元、万元）。",
        en: "Indicator “{name}” is an amount of money, but its unit is “{unit}” (a percentage); give the amount in 元 or 万元.",
      },
      countPercent: {
        zh: "指标“{name}”是数量，但度量单位是“{unit}”（百分比）；请填写计数单位（个、家、人 …）。",
        en: "Indicator “{name}” is a count, but its unit is “{unit}” (a percentage); use a counting unit (个, 家, 人 …).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const u = f.unit;
      if (!u?.info || u.source !== "column" || f.number === null) continue;
      // A unit inside the value that contradicts the column is unit-value-mismatch's.
      if (f.value.unitInfo && f.value.unitInfo.canonical !== u.info.canonical) continue;
      const percent = u.info.family === "percent";
      if (f.nameSays === "rate" && !percent && u.info.family !== "money" && u.info.family !== "permille" && u.info.family !== "percentage-point") {
        yield { messageId: "rateUnit", data: { name: f.indicator.name, unit: u.text }, indicator: f.indicator, at: cellOf(f, "unit") };
      } else if (f.nameSays === "amount" && percent) {
        yield { messageId: "moneyPercent", data: { name: f.indicator.name, unit: u.text }, indicator: f.indicator, at: cellOf(f, "unit") };
      } else if (f.nameSays === "count" && percent) {
        yield { messageId: "countPercent", data: { name: f.indicator.name, unit: u.text }, indicator: f.indicator, at: cellOf(f, "unit") };
      }
    }
  },
});
