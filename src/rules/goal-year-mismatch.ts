import { defineRule } from "../model/finding.js";
import { budgetYearOf } from "./utils/dates.js";
import { annualGoalFields, cellLocation } from "./utils/location.js";
import { numbersInText } from "./utils/text.js";

/**
 * A year later than the budget year in the goal text or the table's name: the annual table
 * carries a later year's (or the implementation period's) target. Earlier years are left alone —
 * goal texts cite older documents (〔2019〕19号) and last year's policies being paid out now.
 */
export default defineRule({
  id: "goal-year-mismatch",
  meta: {
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "目标年份晚于预算年度", en: "Goal year after the budget year" },
      summary: {
        zh: "目标文本或项目名称中出现晚于预算年度的年份（如 2023 年的表写“2024 年完成”）。",
        en: "The goal text or the table's name mentions a year after the budget year (“2024 年完成” in a 2023 table).",
      },
    },
    messages: {
      goal: {
        zh: "{label}中的“{text}”晚于预算年度 {year} 年；年度目标应写本年度要完成的内容，跨年度的目标请放在实施期目标中。",
        en: "{label}: “{text}” is after budget year {year}; the annual goal states this year's target, multi-year targets belong to the implementation-period goal.",
      },
      name: {
        zh: "项目名称中的“{text}”与预算年度 {year} 年不一致。",
        en: "The table's name says “{text}”, which disagrees with budget year {year}.",
      },
    },
  },
  *check(table, { settings }) {
    const year = budgetYearOf(table, settings);
    if (year === null) return;
    const later = (text: string) =>
      numbersInText(text).filter((n) => n.unit === "年" && Number.isInteger(n.value) && n.value > year && n.value < 2100);
    const inName = later(table.name)[0];
    if (inName) {
      const field = table.fields.find((f) => f.text.trim() === table.name.trim());
      yield {
        messageId: "name",
        data: { text: `${inName.value} 年`, year } as Record<string, string | number>,
        indicator: null,
        at: field ? cellLocation(table.location.sheet, field.cell) : null,
      };
    }
    for (const goal of annualGoalFields(table)) {
      const m = later(goal.text)[0];
      if (m) yield { messageId: "goal", data: { label: goal.label, text: `${m.value} 年`, year }, indicator: null, at: goal.at };
    }
  },
});
