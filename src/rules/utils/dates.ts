/**
 * 完成时限 texts the normalizer may leave unparsed: 2023年底, 2023.12, 2023-12-31, 12月底 —
 * and the budget year a table is checked against.
 */
import type { Deadline, Indicator, Table } from "../../model/records.js";
import type { RuleSettings } from "../../model/finding.js";

/** The indicator's deadline: the normalizer's parse, else a tolerant parse of the text. `yearless` when only a month is given. */
export function deadlineOf(ind: Indicator, budgetYear: number | null): (Deadline & { yearless?: boolean }) | null {
  if (ind.deadlineDate) return ind.deadlineDate;
  return parseDeadlineText(ind.deadline ?? "", budgetYear);
}

export function parseDeadlineText(text: string, budgetYear: number | null): (Deadline & { yearless?: boolean }) | null {
  const s = text.normalize("NFKC").replace(/\s/g, "");
  if (!s) return null;
  let m = /((?:19|20)\d{2})(?:年度?|[.\-/])?(?:(\d{1,2})(?:月|[.\-/])?(?:(\d{1,2})日?)?)?/.exec(s);
  if (m) {
    const month = m[2] ? Number(m[2]) : /年[底末]/.test(s) ? 12 : null;
    const day = m[3] ? Number(m[3]) : null;
    if (month !== null && (month < 1 || month > 12)) return null;
    if (day !== null && (day < 1 || day > 31)) return null;
    return { year: Number(m[1]), month, day };
  }
  if (budgetYear === null) return null;
  if (/^(本)?年[底末内]前?$|^年度内$|^全年$/.test(s)) return { year: budgetYear, month: 12, day: null, yearless: true };
  m = /^(\d{1,2})月(?:(\d{1,2})日|底|末)?前?$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    return { year: budgetYear, month: Number(m[1]), day: m[2] ? Number(m[2]) : null, yearless: true };
  }
  return null;
}

/** settings.budgetYear, else the table's own year. */
export function budgetYearOf(table: Table, settings: RuleSettings): number | null {
  return settings.budgetYear ?? table.year ?? null;
}
