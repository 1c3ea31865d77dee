import { defineRule } from "../model/finding.js";
import { annualGoalFields } from "./utils/location.js";
import { budgetYuan, moneyFactor, moneyInText, powerOfTenRatio, sameAmount, trimNumber } from "./utils/money.js";

/**
 * A money amount in the goal text that is the budget off by a power of ten: 合计 12357 亿元
 * against a budget of 12357 万元. 3 亿元 against 30000 万元 is the same amount and passes.
 */
export default defineRule({
  id: "goal-money-magnitude",
  meta: {
    category: "unit",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    docs: {
      name: { zh: "目标金额单位写错", en: "Goal amount in the wrong unit" },
      summary: {
        zh: "目标文本中的金额换算后与预算资金相差 10 的整数次幂（如写成 12357 亿元，预算是 12357 万元），单位写错。",
        en: "A money amount in the goal text is the budget off by a power of ten after conversion (12357 亿元 against a 12357 万元 budget): a unit slip.",
      },
    },
    messages: {
      magnitudeParts: {
        zh: "{label}中的金额“{text}”与预算资金 {budget} 相差 {factor} 倍，而文中各分项合计 {parts}、与预算一致，疑似单位写错（亿元/万元/元）。",
        en: "{label}: the amount “{text}” is {factor} times off the budget of {budget}, while the parts listed add up to {parts} as budgeted; the unit (亿元/万元/元) looks wrong.",
      },
      magnitude: {
        zh: "{label}中的金额“{text}”与预算资金 {budget} 相差 {factor} 倍，疑似单位写错（亿元/万元/元）。",
        en: "{label}: the amount “{text}” is {factor} times off the budget of {budget}; the unit (亿元/万元/元) looks wrong.",
      },
    },
  },
  *check(table) {
    const budget = budgetYuan(table);
    if (budget === undefined) return;
    const budgetUnit = table.budget!.unit ?? table.declaredUnit ?? "万元";
    const budgetText = `${table.budget!.amount} ${budgetUnit}`;
    for (const goal of annualGoalFields(table)) {
      const text = goal.text.normalize("NFKC");
      const mentions = moneyInText(text);
      for (const m of mentions) {
        const k = powerOfTenRatio(m.yuan, budget, 1e-6);
        if (k === undefined || k === 0) continue;
        // Round amounts (100 万元 in a 1000 万元 budget) are parts, not slips: need the budget's
        // own digits, or a word that marks the amount as the total.
        const sameDigits = sig(m.digits) === sig(String(table.budget!.amount)) && sig(m.digits).length >= 2;
        const total = /(合计|总计|共计|总额|总投资|预算|安排|共|总)[^，。；,;]{0,8}$/.test(text.slice(Math.max(0, m.start - 12), m.start));
        if (!sameDigits && !total) continue;
        const unitFix = new RegExp(`(?<![\\d.])(${m.digits.replace(".", "\\.")}\\s*)${m.unit}`);
        const to = m.amount === table.budget!.amount && unitFix.test(goal.text) ? goal.text.replace(unitFix, `$1${budgetUnit}`) : null;
        // The other amounts of the text adding up to the budget confirm which figure is wrong.
        const others = mentions.filter((o) => o !== m);
        const partsYuan = others.reduce((sum, o) => sum + o.yuan, 0);
        const parts = others.length >= 2 && sameAmount(partsYuan, budget, 1e-6) ? `${trimNumber(partsYuan / moneyFactor(budgetUnit)!)} ${budgetUnit}` : null;
        const data = { label: goal.label, text: m.text, budget: budgetText, factor: String(10 ** Math.abs(k)) };
        yield {
          messageId: parts ? "magnitudeParts" : "magnitude",
          data: parts ? { ...data, parts } : data,
          indicator: null,
          at: goal.at,
          ...(to && goal.cell
            ? {
                fix: {
                  kind: "suggestion" as const,
                  edits: [{ sheet: table.location.sheet, cell: goal.cell, from: goal.text, to }],
                },
              }
            : {}),
        };
      }
    }
  },
});

/** Significant digits: "12357" → "12357", "1235.70" → "12357", "30000" → "3". */
function sig(digits: string): string {
  return digits.replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
}
