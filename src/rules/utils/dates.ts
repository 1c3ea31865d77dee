/**
 * 完成时限 texts the normalizer may leave unparsed: 2023年底, 2023.12, 2023-12-31, 12月底 —
 * and the budget year a table is checked against.
 */
import type { Deadline, Indicator, Table } from "../../model/records.js";
import type { RuleSettings } from "../../model/finding.js";

/** The indicator's deadline: the normalizer's parse, else a tolerant parse of the text. `yearless` when only a month is given. */
export function deadlineOf(ind: Indicator, budgetYear: number | null): (Deadline & { yearless?: boolean }) | null {
  const text = ind.deadline ?? "";
  // A period (2023.07-2024.01) ends at its last date, whichever one the normalizer kept.
  const isPeriod = (text.normalize("NFKC").match(/(?:19|20)\d{2}/g) ?? []).length > 1;
  if (ind.deadlineDate && !isPeriod) return ind.deadlineDate;
  return parseDeadlineText(text, budgetYear) ?? ind.deadlineDate;
}

export function parseDeadlineText(text: string, budgetYear: number | null): (Deadline & { yearless?: boolean }) | null {
  const s = text.normalize("NFKC").replace(/\s/g, "");
  if (!s) return null;
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(s); // 20231231
  if (compact && +compact[2] >= 1 && +compact[2] <= 12 && +compact[3] >= 1 && +compact[3] <= 31) {
    return { year: +compact[1], month: +compact[2], day: +compact[3] };
  }
  // A period ("2023.07-2024.01", "2023年7月至2024年1月") ends at its last date.
  const dates = [...s.matchAll(/((?:19|20)\d{2})(?:年度?|[.\-/])?(?:(\d{1,2})(?!\d)(?:月|[.\-/])?(?:(\d{1,2})(?!\d)日?)?)?/g)];
  if (dates.length > 0) {
    const parsed = dates.map((m) => ({
      year: Number(m[1]),
      month: m[2] ? Number(m[2]) : /年[底末]/.test(s) ? 12 : null,
      day: m[3] ? Number(m[3]) : null,
    }));
    if (parsed.some((d) => (d.month !== null && (d.month < 1 || d.month > 12)) || (d.day !== null && (d.day < 1 || d.day > 31)))) return null;
    return parsed.sort((a, b) => b.year - a.year || (b.month ?? 12) - (a.month ?? 12))[0];
  }
  if (budgetYear === null) return null;
  if (/^(本)?年[底末内]前?$|^年度内$|^全年$/.test(s)) return { year: budgetYear, month: 12, day: null, yearless: true };
  const m = /^(\d{1,2})月(?:(\d{1,2})日|底|末)?前?$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    return { year: budgetYear, month: Number(m[1]), day: m[2] ? Number(m[2]) : null, yearless: true };
  }
  return null;
}

/** settings.budgetYear, else the table's own year. */
export function budgetYearOf(table: Table, settings: RuleSettings): number | null {
  return settings.budgetYear ?? table.year ?? null;
}
