/**
 * Workbook formats through SheetJS (xlsx/xlsm/xls/ods/XML 2003/HTML), converted to
 * pbm grids in one pass over SheetJS's dense cell arrays.
 */
import * as XLSX from "xlsx";
import { ReadError, type Cell, type CellRange, type FileFormat, type Grid } from "../model/grid.js";

/** SheetJS's codepage tables (xlsx/dist/cpexcel), as set_cptable takes them. */
export type CodepageTables = Parameters<typeof XLSX.set_cptable>[0];

let codepageSource: (() => CodepageTables) | undefined;
let codepagesLoaded = false;

/**
 * ESM SheetJS does not load codepages by itself; old .xls files (BIFF5 and earlier) need them. This part
 * of the reader runs in Node and in the browser, so it is told where they come from: the Node reader
 * (file.ts) loads them from node_modules on the first .xls only (the tables cost ~0.2 s of start-up that
 * xlsx and CSV never need); the page bundles them. Without a source SheetJS reads BIFF8 as before.
 */
export function useCodepages(source: () => CodepageTables): void {
  codepageSource = source;
}

function loadCodepages(): void {
  if (codepagesLoaded || !codepageSource) return;
  XLSX.set_cptable(codepageSource());
  codepagesLoaded = true;
}

const PARSE_OPTIONS: XLSX.ParsingOptions = {
  dense: true,
  cellNF: true,
  cellHTML: false,
  // Formulas are read so that a value exported as a formula (`=300天`) is not lost (see typedFormula).
  cellFormula: true,
  cellStyles: false,
  cellDates: false,
};

const IMPLICIT_DATE = /^\d{1,2}\/\d{1,2}\/\d{2}$/;

/** Excel error codes as SheetJS stores them in `v`, for cells that lack `w`. */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

export interface ParseOptions {
  /** HTML: cell text stays text, so codes such as 001234 keep their zeros. */
  raw?: boolean;
  /** Throw on a sheet SheetJS cannot parse instead of skipping it. */
  strict?: boolean;
  format?: FileFormat;
}

/** Parse bytes (binary formats) or decoded text (HTML, XML 2003). SheetJS exceptions become ReadErrors. */
export function parseWithSheetJS(input: Uint8Array | string, { raw = false, strict = false, format }: ParseOptions = {}): XLSX.WorkBook {
  if (format === "xls") loadCodepages();
  let opts: XLSX.ParsingOptions = PARSE_OPTIONS;
  // SheetJS drops an xlsx formula cell that has no cached value (<c><f>300天</f><v/></c>, as
  // openpyxl-style writers store every formula) unless it keeps stub cells; stubs of empty cells
  // are skipped in convertCell. Other formats always store a formula's result.
  if (format === "xlsx" || format === "xlsm") opts = { ...opts, sheetStubs: true };
  // WTF: make SheetJS throw on a sheet it cannot parse instead of skipping it.
  if (strict) opts = { ...opts, WTF: true };
  // SheetJS reports damaged records with console.error ("Missing Info for XLS Record 0x…"): English
  // noise for a clerk, and not ours to print. The parse is synchronous, so silencing it here is local.
  const { error, warn } = console;
  console.error = console.warn = () => undefined;
  try {
    return typeof input === "string"
      ? XLSX.read(input, { ...opts, type: "string", raw })
      : XLSX.read(input, { ...opts, type: "array" });
  } catch (e) {
    throw mapSheetJSError(e);
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

export function mapSheetJSError(e: unknown): ReadError {
  if (e instanceof ReadError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt|decrypt/i.test(msg)) return new ReadError("encrypted", { reason: msg });
  if (e instanceof RangeError && /allocation|memory|Invalid (array|string) length/i.test(msg)) {
    return new ReadError("out-of-memory", { reason: msg });
  }
  if (/unsupported|not supported/i.test(msg)) return new ReadError("unsupported", { actual: msg });
  return new ReadError("corrupt", { reason: msg.slice(0, 200) });
}

/** Every worksheet as a grid; `onCells(n)` counts each row's cells so the caller can stop at the limit. */
export function workbookToGrids(wb: XLSX.WorkBook, onCells: (n: number) => void): Grid[] {
  const grids: Grid[] = [];
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  for (const name of wb.SheetNames) {
    const ws = sheetByName(wb, name);
    if (!ws) {
      grids.push({ sheet: name, rows: [], merges: [] });
      continue;
    }
    grids.push({ sheet: name, rows: convertRows(ws, onCells, date1904), merges: convertMerges(ws) });
  }
  return grids;
}

/**
 * A sheet named "__proto__" must not resolve to Object.prototype; SheetJS stores it
 * by plain assignment, which makes it the prototype of wb.Sheets instead of a key.
 */
function sheetByName(wb: XLSX.WorkBook, name: string): XLSX.WorkSheet | undefined {
  if (Object.prototype.hasOwnProperty.call(wb.Sheets, name)) return wb.Sheets[name];
  if (name === "__proto__") {
    const proto = Object.getPrototypeOf(wb.Sheets) as XLSX.WorkSheet | null;
    if (proto && proto !== Object.prototype && Object.prototype.hasOwnProperty.call(proto, "!ref")) return proto;
  }
  return undefined;
}

function convertRows(ws: XLSX.WorkSheet, onCells: (n: number) => void, date1904: boolean): (Cell | undefined)[][] {
  const data = ws["!data"] as (XLSX.CellObject | undefined)[][] | undefined;
  const rows: (Cell | undefined)[][] = [];
  if (!data) return rows;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) continue;
    const row: (Cell | undefined)[] = [];
    let count = 0;
    for (let c = 0; c < src.length; c++) {
      const cell = src[c];
      if (!cell) continue;
      const out = convertCell(cell, date1904);
      if (!out) continue;
      count++;
      row[c] = out;
    }
    onCells(count);
    rows[r] = row;
  }
  return rows;
}

/** A number with a unit after it and nothing else: 300天, 100百分比, 30000人次. */
const NUMBER_AND_UNIT = /^[+-]?\d+(?:\.\d+)?\s*[\u0080-\uffff][^()=<>]*$/;

/**
 * A formula that is a value a person typed with a leading "=" rather than a computation. Exports
 * that write any text starting with "=" as a formula store `=300天` as the formula `300天`, with no
 * cached value (openpyxl-style writers) or with the #NAME? that Excel and WPS compute for it (300天
 * names nothing). What the person wrote is the value, so the cell reads as that text: "=300天".
 * A formula with no cached value at all reads as its text too (pbm does not compute formulas, and
 * "=SUM(B2:B5)" says more than nothing). A formula with a proper cached value (=SUM(B2:B5) → 120)
 * keeps its value, and so does a real computation that failed (=B2/B3 → #DIV/0!): that error is
 * what the person sees.
 */
function typedFormula(cell: XLSX.CellObject): string | undefined {
  const f = cell.f;
  if (typeof f !== "string" || f === "") return undefined;
  const noCache = cell.t === "z" || cell.v === undefined;
  const nameError = cell.t === "e" && cell.v === 0x1d;
  return noCache || nameError || NUMBER_AND_UNIT.test(f) ? `=${f}` : undefined;
}

function convertCell(cell: XLSX.CellObject, date1904: boolean): Cell | undefined {
  const typed = typedFormula(cell);
  if (typed !== undefined) return { v: typed, t: "s" };
  switch (cell.t) {
    case "s": {
      const v = cell.v == null ? "" : String(cell.v);
      return v === "" ? undefined : { v, t: "s" };
    }
    case "n": {
      const v = cell.v as number;
      let z = typeof cell.z === "string" && cell.z !== "General" ? cell.z : undefined;
      // Chinese Excel's built-in date formats (ids 27–31, 36, 50–58, e.g. yyyy"年"m"月") are not in
      // SheetJS's table: the cell comes without z but is shown with its m/d/yy fallback.
      if (!z && typeof cell.w === "string" && IMPLICIT_DATE.test(cell.w)) z = "m/d/yy";
      if (z && XLSX.SSF.is_date(z)) {
        const iso = serialToIso(v, date1904);
        if (iso) return { v: iso, t: "d", w: cell.w, z };
      }
      const out: Cell = { v, t: "n" };
      if (cell.w !== undefined) out.w = cell.w;
      if (z) out.z = z;
      return out;
    }
    case "b":
      return { v: Boolean(cell.v), t: "b" };
    case "e":
      return { v: cell.w ?? ERROR_TEXT[cell.v as number] ?? "#ERROR", t: "e" };
    case "d": {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(d.getTime())) return undefined;
      const out: Cell = { v: d.toISOString().slice(0, 10), t: "d" };
      if (cell.w !== undefined) out.w = cell.w;
      if (typeof cell.z === "string") out.z = cell.z;
      return out;
    }
    default:
      return undefined;
  }
}

/** Serial → YYYY-MM-DD by the Excel calendar (no time zone involved). */
function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const d = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!d || !d.y) return undefined;
  return `${String(d.y).padStart(4, "0")}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
}

function convertMerges(ws: XLSX.WorkSheet): CellRange[] {
  const merges = ws["!merges"];
  if (!merges) return [];
  return merges.map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } }));
}
