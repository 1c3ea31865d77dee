import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { isMoneyUnit } from "./utils/money.js";
import { isCountName, isKnownUnit, isRateName } from "./utils/measure.js";
import { isPercentUnit, sameUnit, unitInValue } from "./utils/text.js";

/** An amount of money by its name (补助资金金额, 项目总成本) — not a process rate phrased as an action (及时拨付相关资金 100 %). */
function isAmountName(name: string): boolean {
  const n = name.normalize("NFKC").trim();
  return /(金额|总额|经费|费用|投资额|总成本)$/u.test(n) && !/及时|按时|到位|拨付|发放|执行|使用|支出率|控制/u.test(n);
}

/** The name says what the unit must be: a rate (…率) is a percentage, a count (…数量) is not. */
export default defineRule({
  id: "rate-unit-mismatch",
  meta: {
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "指标名称与单位不符", en: "Name and unit disagree" },
      summary: {
        zh: "指标名称与计量单位不符：“…率”“…比例”的单位不是 %，或“…数量”“…金额”的单位是 %。",
        en: "The name and the unit disagree: a rate (…率, …比例) not in %, or a count (…数量) or an amount (…金额) in %.",
      },
    },
    messages: {
      rateUnit: {
        zh: "指标“{name}”是比率，但度量单位是“{unit}”而不是 %。",
        en: "Indicator “{name}” is a rate, but its unit is “{unit}”, not %.",
      },
      moneyPercent: {
        zh: "指标“{name}”是金额，但度量单位是“{unit}”（百分比），请填写金额单位（元、万元）。",
        en: "Indicator “{name}” is an amount of money, but its unit is “{unit}” (a percentage); use 元 or 万元.",
      },
      countPercent: {
        zh: "指标“{name}”是数量，但度量单位是“{unit}”（百分比），请填写计数单位（个、家、人 …）。",
        en: "Indicator “{name}” is a count, but its unit is “{unit}” (a percentage); use a counting unit (个, 家, 人 …).",
      },
    },
  },
  *check(table) {
    for (const ind of table.indicators) {
      const unit = ind.unit?.trim() || null;
      if (!unit || !isKnownUnit(unit) || typeof ind.value !== "number") continue;
      const inValue = unitInValue(ind.valueRaw);
      if (inValue && isKnownUnit(inValue) && !sameUnit(inValue, unit)) continue; // unit-value-mismatch's
      if (isRateName(ind.name) && !isPercentUnit(unit) && !isMoneyUnit(unit)) {
        yield { messageId: "rateUnit", data: { name: ind.name, unit }, indicator: ind, at: indicatorCell(ind, "unit") };
      } else if (isAmountName(ind.name) && isPercentUnit(unit)) {
        yield { messageId: "moneyPercent", data: { name: ind.name, unit }, indicator: ind, at: indicatorCell(ind, "unit") };
      } else if (isCountName(ind.name) && isPercentUnit(unit)) {
        yield { messageId: "countPercent", data: { name: ind.name, unit }, indicator: ind, at: indicatorCell(ind, "unit") };
      }
    }
  },
});
