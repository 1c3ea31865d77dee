/**
 * A 时效 target says when: a date (2023年12月底前), a period or a time limit (≤ 10 个工作日). "全年",
 * "按时", "及时", "长期" name no date, so nobody can tell at year end whether the work was on time.
 */
import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

const NOT_A_TIME = /^(全年|全年度|常年|长期|长年|按时|及时|按期|如期|按计划|按进度|按要求|随时|定期|年内完成|年度内完成)$/u;

export default defineRule<"noDate">({
  id: "timeliness-value",
  meta: {
    name: { zh: "时效指标没有写明时间", en: "Timeliness target without a date" },
    category: "deadline",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "时效指标的指标值没有写明完成时间或时限（如“全年”“按时”“及时”）。",
        en: "A timeliness target names no date or time limit (全年, 按时, 及时).",
      },
    },
    messages: {
      noDate: {
        zh: "时效指标“{name}”的指标值“{value}”没有写明完成时间，年终无法判断是否按时；请写明完成时间（如“2023 年 12 月底前”）或时限（如“≤ 10 个工作日”）。",
        en: "Timeliness indicator “{name}”: the value “{value}” names no date, so nobody can tell whether the work was on time; give a date (2023 年 12 月底前) or a time limit (≤ 10 个工作日).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (f.block.level2 !== "timeliness" && f.measure !== "date") continue;
      const raw = f.value.raw.replace(/\s+/g, "");
      // "全年" reads as the year's end, but names no deadline; words without a date or a number name none either.
      const yearWord = f.valueDate?.yearless === true && NOT_A_TIME.test(raw);
      const words = f.wording !== null && !f.wording.hasNumber && f.wording.yesNo === null;
      if (!yearWord && !words) continue;
      yield { messageId: "noDate", data: { name: f.indicator.name, value: f.value.raw }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
