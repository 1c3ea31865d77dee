/** 完成时限 → {year, month, day}: "2023 年 12 月", "2023-12-31", "2023.12", "12月底" (year from the table). */
import type { Cell } from "../model/grid.js";
import type { Deadline } from "../model/records.js";
import { foldSymbols } from "../locate/shapes.js";

function valid(year: number, month: number | null, day: number | null): Deadline | null {
  if (year < 1900 || year > 2200) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

export function parseDeadline(text: string, tableYear: number | null): Deadline | null {
  let t = foldSymbols(text).replace(/\s+/g, "");
  if (!t) return null;
  // A period ("2023.07-2024.01", "2023年1月至2023年12月") ends at its second date.
  const range = /^((?:19|20|21)\d{2}(?:\D.*?)?)(?:至|到|~|～|—|–|-)((?:19|20|21)\d{2}(?:\D.*)?)$/.exec(t);
  if (range && (/^\d{4}$/.test(range[1]) || parseDeadline(range[1], tableYear))) t = range[2];
  const sameYear = /^((?:19|20|21)\d{2})年\d{1,2}月(?:\d{1,2}日)?(?:至|到|~|～|—|–|-)(\d{1,2})月(?:(\d{1,2})日)?/.exec(t);
  if (sameYear) return valid(Number(sameYear[1]), Number(sameYear[2]), sameYear[3] ? Number(sameYear[3]) : null);
  const yearOnly = /^((?:19|20|21)\d{2})(?:年度?)?(?:底|末|内)?$/.exec(t);
  if (yearOnly) return valid(Number(yearOnly[1]), /[底末]$/.test(t) ? 12 : null, null);
  let m = /^((?:19|20|21)\d{2})(?:年|[-./])(?:(\d{1,2})(?:月|[-./])?(?:(\d{1,2})日?)?)?/.exec(t);
  if (m) return valid(Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null);
  m = /^((?:19|20|21)\d{2})(\d{2})(\d{2})?$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null);
  if (tableYear === null) return null;
  m = /^(\d{1,2})月(?:(\d{1,2})日)?/.exec(t);
  if (m) return valid(tableYear, Number(m[1]), m[2] ? Number(m[2]) : null);
  if (/^(本?年[底末内]|年度内|本年度|全年)/.test(t)) return valid(tableYear, 12, null);
  return null;
}

/**
 * A date cell formatted "yyyy年m月" means a month, not its last day: keep only what the
 * format shows, so the xlsx twin of "2023 年 12 月" reads the same as the text.
 */
function shownPrecision(date: Deadline | null, z: string | undefined): Deadline | null {
  if (!date || !z) return date;
  const fmt = z.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").toLowerCase();
  if (!/[ymd]/.test(fmt) || fmt === "general") return date;
  const hasDay = /d/.test(fmt);
  const hasMonth = /m/.test(fmt);
  return { year: date.year, month: hasMonth ? date.month : null, day: hasDay ? date.day : null };
}

/** The date as displayed; a reader that could not format it leaves the serial number, so fall back to ISO. */
function shownText(w: string | undefined, iso: string, date: Deadline | null): string {
  const shown = w?.trim();
  if (shown && !/^\d+(\.\d+)?$/.test(shown)) return shown;
  if (!date) return iso;
  return date.day !== null ? iso : date.month !== null ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Excel's serial day number (1900 system) → ISO date. */
function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** The deadline cell: date cells carry ISO text; numbers with a date format are serials. */
export function deadlineOfCell(cell: Cell | undefined, text: string, tableYear: number | null): { text: string | null; date: Deadline | null } {
  if (!cell || text === "") return { text: null, date: null };
  if (cell.t === "d") {
    const iso = String(cell.v).slice(0, 10);
    const date = shownPrecision(parseDeadline(iso, tableYear), cell.z);
    return { text: shownText(cell.w, iso, date), date };
  }
  if (cell.t === "n" && typeof cell.v === "number" && cell.z && /[ymd]/i.test(cell.z) && !/^\d{4}$/.test(String(cell.v))) {
    const iso = serialToIso(cell.v);
    if (iso) {
      const date = shownPrecision(parseDeadline(iso, tableYear), cell.z);
      return { text: shownText(cell.w, iso, date), date };
    }
  }
  return { text, date: parseDeadline(text, tableYear) };
}
