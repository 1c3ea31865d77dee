import { defineRule, type FindingDraft } from "../model/finding.js";
import type { IndicatorFacts } from "../model/semantic.js";
import type { DatePoint } from "../model/value.js";
import { cellOf } from "./utils/location.js";

// 次年 and 翌年 count from the budget year; 明年 and 下一年度 may be the budget year itself, written the year before.
const NEXT_YEAR = /次年|翌年/u;
const dateText = (d: DatePoint) => `${d.year} 年${d.month ? ` ${d.month} 月` : ""}${d.day ? ` ${d.day} 日` : ""}`;

/**
 * A 完成时限 outside the budget year: after Y-12-31 the target belongs to next year's table; before
 * Y-01-01 it was usually copied forward from last year's table. When every dated row carries the same
 * out-of-year deadline, one table-level finding says so. A 时效 target written as a date or period that
 * ends after the year is reported too.
 */
export default defineRule({
  id: "deadline-outside-year",
  meta: {
    name: { zh: "完成时限不在预算年度内", en: "Deadline outside the budget year" },
    category: "deadline",
    severity: "error",
    recommended: true,
    docs: {
      summary: {
        zh: "完成时限不在预算年度内（晚于年底，或早于年初）。",
        en: "A deadline lies outside the budget year (after its end or before its start).",
      },
    },
    messages: {
      after: {
        zh: "指标“{name}”的完成时限“{deadline}”晚于预算年度 {year} 年年底；年度目标应在当年完成，请改为 {year} 年内的时间，跨年的内容放到实施期目标中。",
        en: "Indicator “{name}”: the deadline “{deadline}” is after the end of budget year {year}; set a date within {year} and move multi-year work to the implementation-period targets.",
      },
      before: {
        zh: "指标“{name}”的完成时限“{deadline}”早于预算年度 {year} 年，疑似沿用了往年的表；请改为 {year} 年内的时间。",
        en: "Indicator “{name}”: the deadline “{deadline}” is before budget year {year} (copied from an earlier table?); set a date within {year}.",
      },
      allAfter: {
        zh: "全部 {count} 个指标的完成时限都是“{deadline}”，晚于预算年度 {year} 年年底；请统一改为 {year} 年内的时间。",
        en: "All {count} indicators have the deadline “{deadline}”, after the end of budget year {year}; set dates within {year}.",
      },
      valueAfter: {
        zh: "时效指标“{name}”的指标值“{value}”写到了 {date}，晚于预算年度 {year} 年年底；请改为 {year} 年内的完成时间。",
        en: "Timeliness indicator “{name}”: the value “{value}” runs to {date}, after the end of budget year {year}; set a date within {year}.",
      },
      allBefore: {
        zh: "全部 {count} 个指标的完成时限都是“{deadline}”，早于预算年度 {year} 年，疑似沿用了往年的表；请统一改为 {year} 年内的时间。",
        en: "All {count} indicators have the deadline “{deadline}”, before budget year {year} (copied from an earlier table?); set dates within {year}.",
      },
    },
  },
  *check(_table, { facts }): Generator<FindingDraft<"after" | "before" | "allAfter" | "valueAfter" | "allBefore">> {
    const year = facts.year;
    if (year === null) return;
    for (const f of facts.indicators) {
      const d = f.valueDate;
      // A yearless date takes the table's year, except one that names the year after it (次年3月底前).
      if (!d || (d.yearless && !NEXT_YEAR.test(f.value.raw)) || (f.block.level2 !== "timeliness" && f.measure !== "date") || d.end.year <= year) continue;
      yield {
        messageId: "valueAfter",
        data: { name: f.indicator.name, value: f.value.raw, date: dateText(d.end), year },
        indicator: f.indicator,
        at: cellOf(f, "value"),
      };
    }
    const dated: { f: IndicatorFacts; side: "after" | "before" | null; key: string }[] = [];
    for (const f of facts.indicators) {
      const d = f.deadline?.end;
      if (!d) continue;
      const side = d.year > year ? "after" : d.year < year ? "before" : null;
      dated.push({ f, side, key: `${d.year}-${d.month ?? ""}-${d.day ?? ""}` });
    }
    const outside = dated.filter((d) => d.side !== null);
    if (outside.length === 0) return;
    if (outside.length >= 3 && outside.length === dated.length && outside.every((d) => d.key === outside[0].key && d.side === outside[0].side)) {
      const first = outside[0].f;
      yield {
        messageId: outside[0].side === "after" ? "allAfter" : "allBefore",
        data: { count: outside.length, deadline: (first.indicator.deadline ?? "").trim(), year },
        indicator: null,
        at: cellOf(first, "deadline"),
      };
      return;
    }
    for (const { f, side } of outside) {
      yield {
        messageId: side === "after" ? "after" : "before",
        data: { name: f.indicator.name, deadline: (f.indicator.deadline ?? "").trim(), year },
        indicator: f.indicator,
        at: cellOf(f, "deadline"),
      };
    }
  },
});
