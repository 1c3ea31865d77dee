import { defineRule, type FindingDraft } from "../model/finding.js";
import { cellOf } from "./utils/location.js";
import { formatMoney, powerOfTenRatio } from "./utils/money.js";

/**
 * A total-cost indicator compared with the table's budget after converting 元 / 万元 / 亿元:
 * above the budget is an error; a whole power of ten away (610 元 against 610 万元) is a unit slip.
 */
export default defineRule({
  id: "cost-exceeds-budget",
  meta: {
    name: { zh: "成本超过预算", en: "Cost above the budget" },
    category: "unit",
    severity: "error",
    recommended: true,
    docs: {
      summary: {
        zh: "成本指标的金额（换算成同一单位后）超过预算资金，或与预算相差 10 的整数次幂（单位写错）。",
        en: "A cost indicator's amount, converted to the same unit, exceeds the budget or differs from it by a power of ten (a unit slip).",
      },
    },
    messages: {
      exceeds: {
        zh: "成本指标“{name}”的金额 {amount}（{value}）超过预算资金 {budget}；请核对金额或单位，成本不应超过预算。",
        en: "Cost indicator “{name}”: the amount {amount} ({value}) exceeds the budget of {budget}; check the amount or the unit — a cost cannot exceed the budget.",
      },
      magnitude: {
        zh: "成本指标“{name}”的金额 {value} 与预算资金 {budget} 数字相同、单位不同（相差 {factor} 倍），请把单位改成与预算一致（元/万元/亿元）。",
        en: "Cost indicator “{name}”: {value} has the budget's digits ({budget}) in another unit ({factor} times apart); use the budget's unit (元/万元/亿元).",
      },
    },
    options: (z) => z.object({
      /** Relative tolerance before an amount counts as above the budget (rounding in 万元). */
      tolerance: z.number().min(0).default(0.001),
    }),
  },
  *check(_table, { options, facts }): Generator<FindingDraft<"exceeds" | "magnitude">> {
    const budget = facts.budget;
    if (!budget) return;
    for (const f of facts.indicators) {
      if (!f.cost || f.number === null || f.number <= 0) continue;
      const info = f.unit?.info;
      // A per-unit cost (元/人) is not a total; a cost without a money unit cannot be compared.
      const scale = info?.family === "money" && info.per.length === 0 ? info.scale : info?.family === "magnitude" ? info.scale : undefined;
      if (scale === undefined) continue;
      const yuan = f.number * scale;
      const value = `${f.number} ${f.unit!.text}`;
      const k = powerOfTenRatio(yuan, budget.yuan, 1e-6);
      if (k !== undefined && k !== 0 && String(f.number) === String(budget.amount)) {
        yield {
          messageId: "magnitude",
          data: { name: f.indicator.name, value, budget: budget.text, factor: String(10 ** Math.abs(k)) },
          indicator: f.indicator,
          at: cellOf(f, f.unit!.source === "column" ? "unit" : "value"),
        };
      } else if (yuan > budget.yuan * (1 + options.tolerance) && !f.wholeProject) {
        // 项目总投资 may span years and funding sources: above this year's budget is no contradiction.
        yield {
          messageId: "exceeds",
          data: { name: f.indicator.name, amount: formatMoney(yuan), value, budget: budget.text },
          indicator: f.indicator,
          at: cellOf(f, "value"),
        };
      }
    }
  },
});
