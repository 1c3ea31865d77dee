import { parseUnit } from "../grammar/index.js";
import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/** A numeric target with no 度量单位 anywhere (neither its own column, nor inside the value, nor in the name's brackets). */
export default defineRule<"missing" | "missingSuggest">({
  id: "unit-missing",
  meta: {
    name: { zh: "缺少计量单位", en: "No unit" },
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "定量指标值没有计量单位（度量单位列为空，指标值和指标名称中也没有单位）。",
        en: "A numeric target has no unit (the unit column is empty and neither the value nor the name carries one).",
      },
    },
    messages: {
      missing: {
        zh: "指标“{name}”的指标值 {value} 没有计量单位，读者无法知道是多少什么；请填写计量单位，如 %、个、人、万元。",
        en: "Indicator “{name}”: the value {value} has no unit, so nobody can tell what it counts; fill in the unit (%, 个, 人, 万元 …).",
      },
      missingSuggest: {
        zh: "指标“{name}”的指标值 {value} 没有计量单位；按名称应为“{unit}”，请填写计量单位。",
        en: "Indicator “{name}”: the value {value} has no unit; by its name it is “{unit}” — fill in the unit.",
      },
    },
  },
  *check(table, { facts }) {
    const tableMoney = table.declaredUnit !== null && parseUnit(table.declaredUnit)?.family === "money";
    for (const f of facts.indicators) {
      // Indexes, coefficients and scores are dimensionless: PQI 80, 灌溉水有效利用系数 0.58.
      if (f.number === null || f.unit || f.nature === "qualitative" || f.dimensionless) continue;
      // 单位：万元 above the table is the unit of its money figures: a total cost of 100 there is 100 万元.
      // A standard (补助标准 15) is per person or per item and takes no table unit.
      if (tableMoney && f.cost && !/标准|单价|均/u.test(f.core)) continue;
      const suggested = f.impliedUnit;
      yield {
        messageId: suggested ? "missingSuggest" : "missing",
        data: { name: f.indicator.name, value: f.value.raw || String(f.number), ...(suggested ? { unit: suggested } : {}) },
        indicator: f.indicator,
        at: cellOf(f, f.indicator.cells.unit ? "unit" : "value"),
      };
    }
  },
});
