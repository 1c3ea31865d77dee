/**
 * Dates and periods as people write them in 完成时限 cells, 时效 values and 项目期 fields:
 * "2023年12月", "2023 年 12 月 31 日", "2023-12-31", "2023.12", "20231231", "2023年底", "2023年全年", "2023年第四季度",
 * "12月底" (year from the table), "当年12月", "次年3月" (the table's next year), "年底", "全年", "2023.07-2024.01",
 * "2023年1月至12月", "202001-202012". A period ends at its last date.
 */
import type { DatePoint, DateSpan } from "../model/value.js";
import { foldSymbols, toSimplified } from "./fold.js";
import { memo } from "../model/memo.js";

function point(year: number, month: number | null, day: number | null): DatePoint | null {
  if (year < 1900 || year > 2200) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

const YEAR = "((?:19|20|21)\\d{2})";
/** 2023年12月31日, 2023-12-31, 2023.12, 2023/12, 2023年度, 2023年底 (底/末 = December). */
const FULL = new RegExp(`^${YEAR}(?:年度?|[-./])?(?:(\\d{1,2})(?:月|[-./])?(?:(\\d{1,2})(?:日|号)?)?)?(底|末|初|前|内|以前|之前|年底|年末)?`, "u");
const COMPACT = new RegExp(`^${YEAR}(\\d{2})(\\d{2})?$`, "u");
const MONTH_ONLY = /^(\d{1,2})月(?:(\d{1,2})(?:日|号))?(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)?$/u;
const YEAR_END = /^(本?年[底末内]前?|年度内|本年度|全年|当年|年内|本年|年终)$/u;
const QUARTER = /^(?:第?([一二三四1234])季度)(?:末|底)?(?:前|以前|之前)?$/u;
const HALF = /^(上|下)半年$/u;
/** A written year before a year-level word: 2023年全年, 2023年第四季度, 2023年下半年. */
const YEAR_THEN = new RegExp(`^${YEAR}年度?(.+)$`, "u");
/** The table's own year or the next, in words: 当年12月, 本年度12月底, 次年3月. */
const RELATIVE_YEAR = /^(当年|本年度?|次年|下一?年度?|翌年)(?=.)/u;

function normalized(text: string): string {
  return toSimplified(foldSymbols(text)).replace(/\s+/g, "");
}

/** One date, as precise as written; `tableYear` supplies the year of "12月底" and "年底". */
export function parseDatePoint(text: string, tableYear: number | null): { date: DatePoint; yearless: boolean } | null {
  const t = normalized(text);
  if (!t) return null;
  const compact = COMPACT.exec(t);
  if (compact) {
    const d = point(Number(compact[1]), Number(compact[2]), compact[3] ? Number(compact[3]) : null);
    return d ? { date: d, yearless: false } : null;
  }
  const full = FULL.exec(t);
  if (full && (full[0].length === t.length || /^[前内]|^(?:以前|之前|完成|底|末)/u.test(t.slice(full[0].length)))) {
    const month = full[2] ? Number(full[2]) : full[4] && /底|末/.test(full[4]) ? 12 : null;
    const d = point(Number(full[1]), month, full[3] ? Number(full[3]) : null);
    return d ? { date: d, yearless: false } : null;
  }
  const y = YEAR_THEN.exec(t);
  if (y) {
    // The year is written; the rest is a part of it: 全年 / 年内 → December, 第四季度 → its last month.
    const part = parseDatePoint(y[2], Number(y[1]));
    if (part && part.date.year === Number(y[1]) && !MONTH_ONLY.test(y[2])) return { date: part.date, yearless: false };
  }
  if (tableYear === null) return null;
  const rel = RELATIVE_YEAR.exec(t);
  if (rel) {
    const year = /^(当年|本年)/u.test(rel[1]) ? tableYear : tableYear + 1;
    const rest = parseDatePoint(t.slice(rel[0].length), year);
    if (rest && MONTH_ONLY.test(t.slice(rel[0].length))) return { date: { ...rest.date, year }, yearless: true };
  }
  const m = MONTH_ONLY.exec(t);
  if (m) {
    const d = point(tableYear, Number(m[1]), m[2] ? Number(m[2]) : null);
    return d ? { date: d, yearless: true } : null;
  }
  if (YEAR_END.test(t)) return { date: { year: tableYear, month: 12, day: null }, yearless: true };
  const q = QUARTER.exec(t);
  if (q) {
    const n = "一二三四".indexOf(q[1]) + 1 || Number(q[1]);
    return { date: { year: tableYear, month: n * 3, day: null }, yearless: true };
  }
  const h = HALF.exec(t);
  if (h) return { date: { year: tableYear, month: h[1] === "上" ? 6 : 12, day: null }, yearless: true };
  return null;
}

const SEPARATORS = /(?:至|到|~|--?|—|–)/u;

/**
 * A date or period. "2023.07-2024.01" and "2023年1月至12月" are periods (start and end); "2023年12月" is a
 * point (start null). Null when the text is not a date.
 */
export function parseDateSpan(text: string, tableYear: number | null): DateSpan | null {
  // The locator, the normalizer and the facts all ask about the same cells: each answer is kept per
  // table year (a handful of years in any batch). Results are shared: never mutated.
  let read = spansByYear.get(tableYear);
  if (!read) {
    if (spansByYear.size >= 16) spansByYear.clear();
    read = memo((t: string) => readDateSpan(t, tableYear));
    spansByYear.set(tableYear, read);
  }
  return read(text);
}

const spansByYear = new Map<number | null, (text: string) => DateSpan | null>();

function readDateSpan(text: string, tableYear: number | null): DateSpan | null {
  const t = normalized(text).replace(/^(自|从)/u, "").replace(/(止|结束|完成)$/u, "");
  if (!t) return null;
  const single = parseDatePoint(t, tableYear);
  if (single) return { start: null, end: single.date, yearless: single.yearless };
  // Periods: try each separator position; the right side may omit the year (2023年1月至12月).
  const parts = t.split(SEPARATORS);
  if (parts.length !== 2) return null;
  const [left, right] = parts;
  const start = parseDatePoint(left, tableYear);
  if (!start) return null;
  const end = parseDatePoint(right, start.date.year) ?? (/^\d{1,2}$/.test(right) ? { date: point(start.date.year, Number(right), null)!, yearless: false } : null);
  if (!end || !end.date) return null;
  const later = end.date.year > start.date.year || (end.date.year === start.date.year && (end.date.month ?? 12) >= (start.date.month ?? 1));
  if (!later) return null;
  return { start: start.date, end: end.date, yearless: start.yearless };
}

/** Excel's serial day number → ISO date, in the workbook's own calendar (1900 or 1904 system). */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // 1900 system: serial 25569 is 1970-01-01 (Excel's phantom 1900-02-29 is before any real deadline);
  // 1904 system: serial 0 is 1904-01-01, i.e. 1462 days later.
  const days = date1904 ? serial + 1462 : serial;
  const ms = Math.round((days - 25569) * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
