/** 完成时限 cells → {year, month, day}: date cells, serial numbers with a date format, and text (via the grammar). */
import type { Cell } from "../model/grid.js";
import type { Deadline } from "../model/records.js";
import { parseDateSpan, serialToIso } from "../grammar/index.js";

export function parseDeadline(text: string, tableYear: number | null): Deadline | null {
  return parseDateSpan(text, tableYear)?.end ?? null;
}

/**
 * A date cell formatted "yyyy年m月" means a month, not its last day: keep only what the format shows, so
 * the xlsx twin of "2023 年 12 月" reads the same as the text.
 */
function shownPrecision(date: Deadline | null, z: string | undefined): Deadline | null {
  if (!date || !z) return date;
  const fmt = z.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").toLowerCase();
  if (!/[ymd]/.test(fmt) || fmt === "general") return date;
  return { year: date.year, month: /m/.test(fmt) ? date.month : null, day: /d/.test(fmt) ? date.day : null };
}

/** The date as displayed; a reader that could not format it leaves the serial number, so fall back to ISO. */
function shownText(w: string | undefined, iso: string, date: Deadline | null): string {
  const shown = w?.trim();
  if (shown && !/^\d+(\.\d+)?$/.test(shown)) return shown;
  if (!date) return iso;
  return date.day !== null ? iso : date.month !== null ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The deadline cell: date cells carry ISO text; numbers with a date format are serials (1900 calendar). */
export function deadlineOfCell(cell: Cell | undefined, text: string, tableYear: number | null): { text: string | null; date: Deadline | null } {
  if (!cell || text === "") return { text: null, date: null };
  if (cell.t === "d") {
    const iso = String(cell.v).slice(0, 10);
    const date = shownPrecision(parseDeadline(iso, tableYear), cell.z);
    return { text: shownText(cell.w, iso, date), date };
  }
  if (cell.t === "n" && typeof cell.v === "number" && cell.z && /[ymd]/i.test(cell.z) && !/^\d{4}$/.test(String(cell.v))) {
    // The reader already turned serials of date-formatted cells into date cells in the workbook's own calendar;
    // this is the fallback for formats it did not recognise as dates.
    const iso = serialToIso(cell.v);
    if (iso) {
      const date = shownPrecision(parseDeadline(iso, tableYear), cell.z);
      return { text: shownText(cell.w, iso, date), date };
    }
  }
  return { text, date: parseDeadline(text, tableYear) };
}
