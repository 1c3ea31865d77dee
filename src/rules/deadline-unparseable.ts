import { defineRule } from "../model/finding.js";
import { budgetYearOf, deadlineOf } from "./utils/dates.js";
import { indicatorCell } from "./utils/location.js";

/** A 完成时限 that names no date (按时, 及时, 在项目计划完成时间内完成). */
export default defineRule({
  id: "deadline-unparseable",
  meta: {
    category: "deadline",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "完成时限无法识别", en: "Deadline not a date" },
      summary: {
        zh: "完成时限不是可识别的日期（如“按时”“及时”“在项目计划完成时间内完成”）。",
        en: "The deadline is not a recognizable date (按时, 及时, 在项目计划完成时间内完成).",
      },
    },
    messages: {
      unparseable: {
        zh: "指标“{name}”的完成时限“{deadline}”不是明确的日期，请写成“2023 年 12 月”这样的形式。",
        en: "Indicator “{name}”: the deadline “{deadline}” is not a date; write it like “2023 年 12 月”.",
      },
    },
  },
  *check(table, { settings }) {
    const year = budgetYearOf(table, settings);
    for (const ind of table.indicators) {
      const text = (ind.deadline ?? "").trim();
      if (text === "" || deadlineOf(ind, year)) continue;
      yield { messageId: "unparseable", data: { name: ind.name, deadline: text }, indicator: ind, at: indicatorCell(ind, "deadline") };
    }
  },
});
