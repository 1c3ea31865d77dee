import { z } from "zod";
import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { budgetYuan, formatMoney, powerOfTenRatio, toYuan } from "./utils/money.js";
import { isCostIndicator } from "./utils/measure.js";
import { unitInValue } from "./utils/text.js";

/**
 * A total-cost indicator compared with the table's budget after converting 元 / 万元 / 亿元:
 * above the budget is an error; a whole power of ten away (610 元 against 610 万元) is a unit slip.
 */
export default defineRule({
  id: "cost-exceeds-budget",
  meta: {
    category: "unit",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "成本超过预算", en: "Cost above the budget" },
      summary: {
        zh: "成本指标的金额（换算成同一单位后）超过预算资金，或与预算相差 10 的整数次幂（单位写错）。",
        en: "A cost indicator's amount, converted to the same unit, exceeds the budget or differs from it by a power of ten (a unit slip).",
      },
    },
    messages: {
      exceeds: {
        zh: "成本指标“{name}”的金额 {amount}（{value}）超过预算资金 {budget}。",
        en: "Cost indicator “{name}”: the amount {amount} ({value}) exceeds the budget of {budget}.",
      },
      magnitude: {
        zh: "成本指标“{name}”的金额 {value} 与预算资金 {budget} 数字相同、单位不同（相差 {factor} 倍），请检查单位（元/万元/亿元）。",
        en: "Cost indicator “{name}”: {value} has the budget's digits ({budget}) in another unit ({factor} times apart); check the unit (元/万元/亿元).",
      },
    },
    options: z.object({
      /** Relative tolerance before an amount counts as above the budget (rounding in 万元). */
      tolerance: z.number().min(0).default(0.001),
    }),
  },
  *check(table, { options }) {
    const budget = budgetYuan(table);
    if (budget === undefined) return;
    const budgetText = `${table.budget!.amount} ${table.budget!.unit ?? table.declaredUnit ?? "万元"}`;
    for (const ind of table.indicators) {
      if (!isCostIndicator(ind) || typeof ind.value !== "number") continue;
      const unit = ind.unit?.trim() || unitInValue(ind.valueRaw);
      const yuan = toYuan(ind.value, unit);
      if (yuan === undefined || yuan <= 0) continue;
      const value = `${ind.value} ${unit}`;
      const k = powerOfTenRatio(yuan, budget, 1e-6);
      if (k !== undefined && k !== 0 && String(ind.value) === String(table.budget!.amount)) {
        yield {
          messageId: "magnitude",
          data: { name: ind.name, value, budget: budgetText, factor: String(10 ** Math.abs(k)) } as Record<string, string>,
          indicator: ind,
          at: indicatorCell(ind, "unit"),
        };
      } else if (yuan > budget * (1 + options.tolerance)) {
        yield {
          messageId: "exceeds",
          data: { name: ind.name, amount: formatMoney(yuan), value, budget: budgetText },
          indicator: ind,
          at: indicatorCell(ind, "value"),
        };
      }
    }
  },
});
