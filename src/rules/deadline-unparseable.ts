import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/** A 完成时限 that names no date (按时, 及时, 在项目计划完成时间内完成). */
export default defineRule({
  id: "deadline-unparseable",
  meta: {
    name: { zh: "完成时限不是日期", en: "Deadline is not a date" },
    category: "deadline",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "完成时限不是可识别的日期（如“按时”“及时”“在项目计划完成时间内完成”）。",
        en: "The deadline is not a recognizable date (按时, 及时, 在项目计划完成时间内完成).",
      },
    },
    messages: {
      unparseable: {
        zh: "指标“{name}”的完成时限“{deadline}”不是明确的日期，年终无法判断是否按期完成；请写成“2023 年 12 月”这样的形式。",
        en: "Indicator “{name}”: the deadline “{deadline}” is not a date, so nobody can tell whether it was met; write it like “2023 年 12 月”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const text = (f.indicator.deadline ?? "").trim();
      if (text === "" || f.deadline || f.deadlineDatedText) continue;
      yield { messageId: "unparseable", data: { name: f.indicator.name, deadline: text }, indicator: f.indicator, at: cellOf(f, "deadline") };
    }
  },
});
