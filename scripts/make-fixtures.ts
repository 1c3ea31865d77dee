/**
 * Writes the committed fixtures (deterministic: same bytes on every run):
 *   fixtures/seed/     the seed's 16 tables and their xlsx / xls / GB18030-CSV twins
 *   fixtures/layouts/  small hand-made workbooks for layouts the seed does not have
 * Run: npx tsx scripts/make-fixtures.ts   (fixtures/README.md says what each file exercises)
 */
import * as XLSX from "xlsx";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "fixtures");
const SEED_NAME = "shenyang-2022-report-and-2023-targets.txt";

// ---------------------------------------------------------------- building blocks

/** A cell as the fixtures describe it: text, a number, or a typed cell with a number format. */
export type Spec = string | number | boolean | null | undefined | { v: string | number | boolean; t?: "s" | "n" | "b" | "e"; z?: string };
export interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}
export interface SheetSpec {
  name: string;
  rows: Spec[][];
  merges?: Range[];
  /** Column widths in characters, for files that look like real exports. */
  cols?: number[];
}

export const DATE_YM = 'yyyy"年"m"月"';

export function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
/** A date cell as Excel stores it: a serial number with a date format. */
export function dateCell(y: number, m: number, d: number, z = DATE_YM): Spec {
  return { v: serial(y, m, d), t: "n", z };
}
/** 0.95 formatted 0% — Excel shows 95%. */
export function pct(percent: number): Spec {
  const decimals = (String(percent).split(".")[1] ?? "").length;
  return { v: Number((percent / 100).toPrecision(12)), t: "n", z: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
}
export function errorCell(text: "#REF!" | "#DIV/0!" | "#N/A" | "#VALUE!"): Spec {
  const codes = { "#REF!": 0x17, "#DIV/0!": 0x07, "#N/A": 0x2a, "#VALUE!": 0x0f } as const;
  return { v: codes[text], t: "e" };
}
export function merge(r1: number, c1: number, r2: number, c2: number): Range {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

function toCell(spec: Spec): XLSX.CellObject | undefined {
  if (spec === null || spec === undefined || spec === "") return undefined;
  if (typeof spec === "string") return { t: "s", v: spec };
  if (typeof spec === "number") return { t: "n", v: spec };
  if (typeof spec === "boolean") return { t: "b", v: spec };
  const t = spec.t ?? (typeof spec.v === "number" ? "n" : typeof spec.v === "boolean" ? "b" : "s");
  const cell: XLSX.CellObject = { t, v: spec.v };
  if (spec.z) cell.z = spec.z;
  if (t === "e") cell.w = Object.entries({ "#REF!": 0x17, "#DIV/0!": 0x07, "#N/A": 0x2a, "#VALUE!": 0x0f }).find(([, c]) => c === spec.v)?.[0];
  return cell;
}

export function buildSheet(spec: SheetSpec): XLSX.WorkSheet {
  const data: XLSX.CellObject[][] = [];
  let maxR = 0;
  let maxC = 0;
  spec.rows.forEach((row, r) => {
    const out: XLSX.CellObject[] = [];
    row.forEach((s, c) => {
      const cell = toCell(s);
      if (!cell) return;
      out[c] = cell;
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    });
    data[r] = out;
  });
  const ws: XLSX.WorkSheet = { "!data": data } as XLSX.WorkSheet;
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
  if (spec.merges?.length) ws["!merges"] = spec.merges;
  if (spec.cols) ws["!cols"] = spec.cols.map((wch) => ({ wch }));
  return ws;
}

export function buildBook(sheets: SheetSpec[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, buildSheet(s), s.name);
  return wb;
}

export function writeBook(file: string, sheets: SheetSpec[], bookType: XLSX.BookType = "xlsx"): void {
  const bytes = XLSX.write(buildBook(sheets), { type: "buffer", bookType, compression: true }) as Buffer;
  writeOut(file, bytes);
}

export function writeOut(file: string, bytes: Uint8Array | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

/** RFC 4180: quote fields holding the delimiter, a quote or a line break. */
export function toCsv(rows: string[][], delim = ",", eol = "\r\n"): string {
  const q = (s: string) => (s.includes(delim) || s.includes('"') || s.includes("\n") || s.includes("\r") ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(q).join(delim)).join(eol) + eol;
}

let gbTable: Map<string, number[]> | undefined;
/** GB18030 encoder (Node has only the decoder): inverts TextDecoder("gb18030") once. */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder("gb18030", { fatal: true });
    const tryAdd = (bytes: number[]) => {
      try {
        const ch = dec.decode(new Uint8Array(bytes));
        if ([...ch].length === 1 && !gbTable!.has(ch)) gbTable!.set(ch, bytes);
      } catch {
        // not a valid sequence
      }
    };
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) tryAdd([a, b]);
    for (let a = 0x81; a <= 0x84; a++)
      for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) tryAdd([a, b, c, d]);
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= 0x10000) {
      // Supplementary planes map linearly from 0x90308130.
      let n = cp - 0x10000;
      const d = n % 10;
      n = (n - d) / 10;
      const c = n % 126;
      n = (n - c) / 126;
      const b = n % 10;
      const a = (n - b) / 10;
      out.push(0x90 + a, 0x30 + b, 0x81 + c, 0x30 + d);
    } else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no GB18030 code for U+${cp.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

// ---------------------------------------------------------------- the seed and its twins

export interface SeedTable {
  title: string;
  /** The table's lines, tab-split, blank lines dropped. Row 0 is the title. */
  lines: string[][];
}

export function seedText(): string {
  const committed = path.join(FIXTURES, "seed", SEED_NAME);
  const shared = path.join(ROOT, "..", "shared", "seed", SEED_NAME);
  return readFileSync(existsSync(shared) ? shared : committed, "utf8");
}

/** The 16 tables of the seed's appendix (line 97 on), split at each title line. */
export function seedTables(text = seedText()): SeedTable[] {
  const lines = text.split(/\r?\n/).slice(96);
  const tables: SeedTable[] = [];
  for (const line of lines) {
    if (/绩效目标表\s*$/.test(line) && !line.startsWith("附件")) {
      tables.push({ title: line.trim(), lines: [[line.trim()]] });
    } else if (tables.length && line.trim() !== "") {
      tables[tables.length - 1].lines.push(line.split("\t"));
    }
  }
  return tables;
}

const DEADLINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/;
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * One seed cell as a real export would store it. Dates become date cells (last day
 * of the month, formatted yyyy"年"m"月"); "100%" becomes 1 formatted 0%; a number
 * whose unit cell is "%" becomes that fraction formatted 0% while the unit cell
 * stays "%" (normalized: value 100, unit "%", as in the text); other numbers become numbers.
 */
export function seedCell(text: string, next: string | undefined, isAmount: boolean): Spec {
  if (text === "") return undefined;
  const d = DEADLINE.exec(text.trim());
  if (d) {
    const y = Number(d[1]);
    const m = Number(d[2]);
    return dateCell(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  }
  const p = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (p) return pct(Number(p[1]));
  if (PLAIN_NUMBER.test(text)) {
    const n = Number(text);
    if (next?.trim() === "%") return pct(n);
    if (isAmount) return { v: n, t: "n", z: "#,##0.00" };
    return n;
  }
  return text;
}

interface SeedSheet {
  rows: Spec[][];
  merges: Range[];
  width: number;
}

/** A seed table laid out as an export: title merged across, header values merged rightwards, 绩效指标/一级/二级 merged down. */
export function seedTableSheet(t: SeedTable): SeedSheet {
  const width = Math.max(8, ...t.lines.map((l) => l.length));
  const rows: Spec[][] = [];
  const merges: Range[] = [merge(0, 0, 0, width - 1)];
  const header = t.lines.findIndex((l) => l[0] === "绩效指标");
  t.lines.forEach((line, r) => {
    if (r === 0) {
      rows.push([line[0]]);
      return;
    }
    const isAmount = /预算资金|资金总额/.test(line[0] ?? "");
    rows.push(line.map((s, c) => seedCell(s, line[c + 1], isAmount && c > 0)));
    if (header >= 0 && r >= header) return;
    // Header block: a value followed by blanks was one merged cell in the form.
    for (let c = 1; c < line.length; c++) {
      if (line[c] === "") continue;
      let e = c;
      while (e + 1 < width && (line[e + 1] ?? "") === "") e++;
      if (e > c) merges.push(merge(r, c, r, e));
      c = e;
    }
  });
  if (header >= 0) {
    const blank = (r: number, c: number) => (t.lines[r]?.[c] ?? "") === "";
    const isIndicator = (r: number) => r < t.lines.length && t.lines[r].slice(3).some((s) => s !== "");
    // 绩效指标 down the indicator rows, until a row that has something in column A.
    let e = header;
    while (isIndicator(e + 1) && blank(e + 1, 0)) e++;
    if (e > header) merges.push(merge(header, 0, e, 0));
    for (const col of [1, 2]) {
      for (let r = header + 1; r < t.lines.length; r++) {
        if (blank(r, col)) continue;
        let end = r;
        const under = (k: number) => isIndicator(k) && [0, 1, 2].slice(0, col + 1).every((c) => blank(k, c));
        while (under(end + 1)) end++;
        if (end > r) merges.push(merge(r, col, end, col));
      }
    }
  }
  return { rows, merges, width };
}

export function seedSheetName(i: number): string {
  return `表${String(i + 1).padStart(2, "0")}`;
}

function stack(tables: SeedTable[], gap: number): { rows: Spec[][]; merges: Range[]; text: string[][] } {
  const rows: Spec[][] = [];
  const merges: Range[] = [];
  const text: string[][] = [];
  tables.forEach((t, i) => {
    if (i > 0) for (let k = 0; k < gap; k++) (rows.push([]), text.push([]));
    const s = seedTableSheet(t);
    const off = rows.length;
    rows.push(...s.rows);
    text.push(...t.lines);
    merges.push(...s.merges.map((m) => merge(m.s.r + off, m.s.c, m.e.r + off, m.e.c)));
  });
  return { rows, merges, text };
}

const SEED_COLS = [16, 14, 18, 30, 10, 12, 12, 14, 8];

export function makeSeed(): void {
  const dir = path.join(FIXTURES, "seed");
  const text = seedText();
  mkdirSync(dir, { recursive: true });
  const shared = path.join(ROOT, "..", "shared", "seed", SEED_NAME);
  if (existsSync(shared)) writeFileSync(path.join(dir, SEED_NAME), readFileSync(shared));
  const tables = seedTables(text);
  if (tables.length !== 16) throw new Error(`expected 16 seed tables, found ${tables.length}`);

  const perSheet: SheetSpec[] = tables.map((t, i) => {
    const s = seedTableSheet(t);
    return { name: seedSheetName(i), rows: s.rows, merges: s.merges, cols: SEED_COLS };
  });
  writeBook(path.join(dir, "seed-per-sheet.xlsx"), perSheet);
  writeBook(path.join(dir, "seed.xls"), perSheet, "biff8");

  const stacked = stack(tables, 2);
  writeBook(path.join(dir, "seed-stacked.xlsx"), [{ name: "绩效目标表", rows: stacked.rows, merges: stacked.merges, cols: SEED_COLS }]);
  // A CSV export holds the text as displayed, so it carries the seed's strings.
  const w = Math.max(...stacked.text.map((r) => r.length));
  const padded = stacked.text.map((r) => [...r, ...Array<string>(w - r.length).fill("")]);
  writeOut(path.join(dir, "seed-gb18030.csv"), encodeGb18030(toCsv(padded)));
}

// ---------------------------------------------------------------- main

export function main(): void {
  makeSeed();
  makeLayouts();
}

function makeLayouts(): void {
  // filled in below
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
