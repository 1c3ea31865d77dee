/**
 * The 88号 申报表 asks for the money twice: 中期资金总额 (the whole implementation period) and 年度资金总额
 * (this year). The year is part of the period, so a period total below the year's total is a slip in one
 * of the two figures (中期资金总额 170 beside 年度资金总额 340).
 */
import { defineRule } from "../model/finding.js";
import type { Money } from "../model/records.js";
import { labelKey, moneyFactor } from "../grammar/index.js";
import { cellLocation } from "./utils/location.js";

/** 中期资金总额, 实施期资金总额, 中期预算资金总额: the period's total; never one of its 其中 lines. */
const PERIOD = /^(?!其中)(中期|实施期|实施周期)[^其]{0,8}(总额|总预算|预算)/u;
/** 年度资金总额, 当年资金总额, 年度预算资金总额. */
const YEAR = /^(?!其中)(本?年度|当年|本年)[^其]{0,8}(总额|预算)/u;

const yuan = (m: Money): number | null => {
  const f = moneyFactor(m.unit);
  return m.amount === null || f === undefined ? null : m.amount * f;
};

export default defineRule<"periodBelowYear">({
  id: "period-budget-below-year",
  meta: {
    name: { zh: "中期资金少于年度资金", en: "Period total below the year's" },
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "中期（实施期）资金总额少于年度资金总额；年度资金是中期资金的一部分。",
        en: "The implementation period's total is below the year's total, although the year is part of the period.",
      },
    },
    messages: {
      periodBelowYear: {
        zh: "“{period}”为 {periodText}，少于“{year}”{yearText}；中期（实施期）资金应包含当年资金，请核对这两个金额。",
        en: "“{period}” is {periodText}, below “{year}” {yearText}; the period's money includes this year's — check both figures.",
      },
    },
  },
  *check(table) {
    const labelOf = (m: Money) => (m.cell ? table.fields.find((f) => f.cell === m.cell)?.label : undefined) ?? "";
    const money = [...(table.budget ? [{ label: labelOf(table.budget), money: table.budget }] : []), ...table.budgetItems];
    const period = money.find((m) => PERIOD.test(labelKey(m.label)) && yuan(m.money) !== null);
    const year = money.find((m) => YEAR.test(labelKey(m.label)) && yuan(m.money) !== null);
    if (!period || !year || period === year) return;
    const p = yuan(period.money)!;
    const y = yuan(year.money)!;
    // An empty 中期 box read as 0 is a missing figure, not a smaller one.
    if (p <= 0 || p >= y * 0.999) return;
    yield {
      messageId: "periodBelowYear",
      data: { period: labelKey(period.label), periodText: `${period.money.text.trim()} ${period.money.unit}`, year: labelKey(year.label), yearText: `${year.money.text.trim()} ${year.money.unit}` },
      indicator: null,
      at: period.money.cell ? cellLocation(table.location.sheet, period.money.cell) : null,
    };
  },
});
