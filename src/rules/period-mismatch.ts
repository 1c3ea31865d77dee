/**
 * The table's year, its implementation period (项目期, 项目起止时间, 实施周期, 开始/结束日期) and its
 * deadlines must agree: a 2021 table whose project runs 2020.01–2020.12 is last year's table; a deadline
 * after the project's own end (2023年底 for a 项目期 ending 2023年11月) cannot be met within the project.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import type { DatePoint } from "../model/value.js";
import { cellOf } from "./utils/location.js";

const text = (d: DatePoint) => `${d.year} 年${d.month ? ` ${d.month} 月` : ""}`;
/** a after b, to the month when both have one. */
const after = (a: DatePoint, b: DatePoint) => a.year > b.year || (a.year === b.year && a.month !== null && b.month !== null && a.month > b.month);

export default defineRule<"periodOutsideYear" | "deadlineAfterPeriod">({
  id: "period-mismatch",
  meta: {
    name: { zh: "时限与项目期不符", en: "Dates disagree with the project period" },
    category: "deadline",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "表头的项目期（实施期、起止时间）不含预算年度，或指标的完成时限晚于项目期结束。",
        en: "The header's project period does not include the budget year, or a deadline is after the end of the project period.",
      },
    },
    messages: {
      periodOutsideYear: {
        zh: "表头“{label}”为“{period}”，不含预算年度 {year} 年，疑似沿用了往年的表；请核对项目期或表的年度。",
        en: "The header “{label}” says “{period}”, which does not include budget year {year} (copied from an earlier table?); check the period or the table's year.",
      },
      deadlineAfterPeriod: {
        zh: "指标“{name}”的完成时间“{deadline}”晚于“{label}”的结束时间 {end}；请改为项目期内的时间，或核对项目期。",
        en: "Indicator “{name}”: the date “{deadline}” is after the end of “{label}” ({end}); set a date within the project period, or check the period.",
      },
    },
  },
  *check(_table, { facts }): Generator<FindingDraft<"periodOutsideYear" | "deadlineAfterPeriod">> {
    const p = facts.period;
    if (!p) return;
    const year = facts.year;
    if (year !== null && (p.end.year < year || (p.start !== null && p.start.year > year))) {
      yield { messageId: "periodOutsideYear", data: { label: p.label, period: p.text, year }, indicator: null, at: p.at };
      return;
    }
    for (const f of facts.indicators) {
      const d = (f.block.level2 === "timeliness" || f.measure === "date") && f.valueDate && !f.valueDate.yearless ? { date: f.valueDate.end, text: f.value.raw, cell: "value" as const } : f.deadline && !f.deadline.yearless ? { date: f.deadline.end, text: (f.indicator.deadline ?? "").trim(), cell: "deadline" as const } : null;
      if (!d || !after(d.date, p.end)) continue;
      yield { messageId: "deadlineAfterPeriod", data: { name: f.indicator.name, deadline: d.text, label: p.label, end: text(p.end) }, indicator: f.indicator, at: cellOf(f, d.cell) };
    }
  },
});
