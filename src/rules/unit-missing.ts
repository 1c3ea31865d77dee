import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { isKnownUnit } from "./utils/measure.js";
import { unitInValue } from "./utils/text.js";

/** Indexes, coefficients and scores are dimensionless: PQI 80, 灌溉水有效利用系数 0.58. */
const DIMENSIONLESS = /指数|系数|比值|倍数|得分|分值|评分|等级|星级|[（(][A-Z]{2,6}[)）]/u;

/** A numeric target with no 度量单位 anywhere (neither its own column nor inside the value). */
export default defineRule({
  id: "unit-missing",
  meta: {
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "缺少计量单位", en: "Unit missing" },
      summary: {
        zh: "定量指标值没有计量单位（度量单位列为空，指标值中也没有单位）。",
        en: "A numeric target has no unit (the unit column is empty and the value carries none).",
      },
    },
    messages: {
      missing: {
        zh: "指标“{name}”的指标值 {value} 没有计量单位，请在度量单位列填写（如 %、个、万元）。",
        en: "Indicator “{name}”: the value {value} has no unit; fill in the unit column (%, 个, 万元 …).",
      },
    },
  },
  *check(table) {
    for (const ind of table.indicators) {
      if (typeof ind.value !== "number" || DIMENSIONLESS.test(ind.name)) continue;
      if (ind.unit && ind.unit.trim() !== "") continue;
      if (isKnownUnit(unitInValue(ind.valueRaw))) continue;
      yield {
        messageId: "missing",
        data: { name: ind.name, value: ind.valueRaw ?? String(ind.value) },
        indicator: ind,
        at: indicatorCell(ind, ind.cells.unit ? "unit" : "value"),
      };
    }
  },
});
