import { defineRule } from "../model/finding.js";
import type { Indicator } from "../model/records.js";
import { budgetYearOf, deadlineOf } from "./utils/dates.js";
import { indicatorCell } from "./utils/location.js";
import { isTimelinessBlock } from "./utils/measure.js";

/** A 时效 target written as a date or period ("服务周期 2023.07-2024.01") that ends after the budget year. */
function* timelinessValues(indicators: Indicator[], year: number) {
  for (const ind of indicators) {
    if (typeof ind.value !== "string" || !isTimelinessBlock(ind)) continue;
    const text = ind.value.normalize("NFKC");
    const dates = [...text.matchAll(/((?:19|20)\d{2})\s*(?:年|[.\-/])\s*(\d{1,2})?/g)].filter((m) => !/[〔[]\s*$/.test(text.slice(0, m.index)));
    const last = dates.map((m) => ({ y: Number(m[1]), mo: m[2] ? Number(m[2]) : null })).sort((a, b) => b.y - a.y)[0];
    if (!last || last.y <= year) continue;
    yield {
      messageId: "valueAfter" as const,
      data: { name: ind.name, value: ind.value, date: `${last.y} 年${last.mo ? ` ${last.mo} 月` : ""}`, year } as Record<string, string | number>,
      indicator: ind,
      at: indicatorCell(ind, "value"),
    };
  }
}

/**
 * A 完成时限 outside the budget year: after Y-12-31 the target belongs to next year's table;
 * before Y-01-01 it was usually copied forward from last year's table.
 * When every dated row carries the same out-of-year deadline, one table-level finding says so.
 */
export default defineRule({
  id: "deadline-outside-year",
  meta: {
    category: "deadline",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "完成时限不在预算年度内", en: "Deadline outside the budget year" },
      summary: {
        zh: "完成时限不在预算年度内（晚于年底，或早于年初）。",
        en: "A deadline lies outside the budget year (after its end or before its start).",
      },
    },
    messages: {
      after: {
        zh: "指标“{name}”的完成时限“{deadline}”晚于预算年度 {year} 年年底。",
        en: "Indicator “{name}”: the deadline “{deadline}” is after the end of budget year {year}.",
      },
      before: {
        zh: "指标“{name}”的完成时限“{deadline}”早于预算年度 {year} 年，疑似沿用往年的表。",
        en: "Indicator “{name}”: the deadline “{deadline}” is before budget year {year}; copied from an earlier table?",
      },
      allAfter: {
        zh: "全部 {count} 个指标的完成时限都是“{deadline}”，晚于预算年度 {year} 年年底。",
        en: "All {count} indicators have the deadline “{deadline}”, after the end of budget year {year}.",
      },
      valueAfter: {
        zh: "时效指标“{name}”的指标值“{value}”写到了 {date}，晚于预算年度 {year} 年年底。",
        en: "Timeliness indicator “{name}”: the value “{value}” runs to {date}, after the end of budget year {year}.",
      },
      allBefore: {
        zh: "全部 {count} 个指标的完成时限都是“{deadline}”，早于预算年度 {year} 年，疑似沿用往年的表。",
        en: "All {count} indicators have the deadline “{deadline}”, before budget year {year}; copied from an earlier table?",
      },
    },
  },
  *check(table, { settings }) {
    const year = budgetYearOf(table, settings);
    if (year === null) return;
    const dated: { ind: Indicator; side: "after" | "before" | null; key: string }[] = [];
    for (const ind of table.indicators) {
      const d = deadlineOf(ind, year);
      if (!d) continue;
      const side = d.year > year ? "after" : d.year < year ? "before" : null;
      dated.push({ ind, side, key: `${d.year}-${d.month ?? ""}-${d.day ?? ""}` });
    }
    yield* timelinessValues(table.indicators, year);
    const outside = dated.filter((d) => d.side !== null);
    if (outside.length === 0) return;
    if (outside.length >= 3 && outside.length === dated.length && outside.every((d) => d.key === outside[0].key && d.side === outside[0].side)) {
      const first = outside[0].ind;
      yield {
        messageId: outside[0].side === "after" ? "allAfter" : "allBefore",
        data: { count: outside.length, deadline: (first.deadline ?? "").trim(), year } as Record<string, string | number>,
        indicator: null,
        at: indicatorCell(first, "deadline"),
      };
      return;
    }
    for (const { ind, side } of outside) {
      yield {
        messageId: side === "after" ? "after" : "before",
        data: { name: ind.name, deadline: (ind.deadline ?? "").trim(), year },
        indicator: ind,
        at: indicatorCell(ind, "deadline"),
      };
    }
  },
});
