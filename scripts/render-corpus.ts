/**
 * Renders every corpus table (fixtures/corpus/NN-*.txt) as the files real users have, into
 * fixtures/corpus/rendered/: <stem>.xlsx, <stem>.xls (BIFF8) and <stem>.csv (GB18030). The .txt
 * itself is the UTF-8 text render. Deterministic: the same corpus gives the same bytes
 * (tests/corpus/renders-fresh.test.ts checks the committed renders are current).
 *
 *   npm run corpus:render
 *
 * How cells are stored (fixtures/corpus/README.md, "Renders"):
 * - the `#` lines are not part of the table: the renders start at the table's first line, and the
 *   workbooks carry the source address in their document properties;
 * - merges as guessed by scripts/corpus/layout.ts;
 * - plain numbers (9.31, 8,827,620.53, 6070.00) are number cells, formatted so Excel shows the
 *   printed text; in files with an even number a value printed `100%` / `95.5%` is the fraction
 *   (1, 0.955) formatted 0% / 0.0% — the other half keep the percent text;
 * - a value printed `=300天` is a formula cell with formula `300天`, as exports that write any
 *   text starting with "=" as a formula store it: in the xlsx alternately with the error #NAME?
 *   cached (what Excel or WPS shows after recalculating) and with no cached value (openpyxl-style);
 *   a formula that is a plain number (`=95`) always has no cached value. BIFF8 stores formulas as
 *   parsed tokens, so an .xls cannot hold `=300天` as a formula: there it is the text;
 * - everything else (operators, units, dates such as 2023-01-01, codes) stays text as printed;
 * - the CSV holds the printed text of every cell, rows padded to the table's width, CRLF,
 *   RFC 4180 quoting, GB18030 (as Chinese Excel saves CSV).
 */
import * as XLSX from "xlsx";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { encodeGb18030, resetFormats, toCsv, writeOut } from "./make-fixtures.js";
import { CORPUS_DIR, RENDERED_DIR, corpusStems, readCorpusText, sourceOf, type CorpusText } from "./corpus/files.js";
import { inferLayout, type Range } from "./corpus/layout.js";

const SHEET = "Sheet1";
const PLAIN = /^-?(?:0|[1-9]\d*)(?:\.(\d+))?$/;
const GROUPED = /^-?[1-9]\d{0,2}(?:,\d{3})+(?:\.(\d+))?$/;
const PERCENT = /^(\d+(?:\.(\d+))?)%$/;
const NAME_ERROR = 0x1d;

/** Files whose number (the NN of NN-…) is even store `N%` values as percent-formatted fractions. */
export function percentAsFraction(stem: string): boolean {
  const n = Number(/^(\d+)/.exec(stem)?.[1] ?? NaN);
  return Number.isInteger(n) && n % 2 === 0;
}

const decimalsFormat = (d: string | undefined, grouped: boolean) => `${grouped ? "#,##0" : "0"}${d ? "." + "0".repeat(d.length) : ""}`;

interface CellContext {
  percent: boolean;
  /** formula cells met so far in this file: alternates the cached value */
  formulas: number;
}

/** One printed cell as the xlsx stores it. */
export function xlsxCell(text: string, ctx: CellContext): XLSX.CellObject | undefined {
  if (text === "") return undefined;
  if (text.startsWith("=") && text.length > 1) {
    const f = text.slice(1);
    const k = ctx.formulas++;
    if (PLAIN.test(f) || k % 2 === 1) return { t: "s", f } as XLSX.CellObject;
    return { t: "e", v: NAME_ERROR, w: "#NAME?", f };
  }
  const p = PERCENT.exec(text);
  if (p && ctx.percent) return { t: "n", v: Number((Number(p[1]) / 100).toPrecision(12)), z: `${decimalsFormat(p[2], false)}%` };
  return numberCell(text) ?? { t: "s", v: text };
}

function numberCell(text: string): XLSX.CellObject | undefined {
  const plain = PLAIN.exec(text);
  const grouped = plain ? null : GROUPED.exec(text);
  if (!plain && !grouped) return undefined;
  const v = Number(text.replace(/,/g, ""));
  const cell: XLSX.CellObject = { t: "n", v };
  // keep the printed form (6070.00, 8,827,620.53) as the displayed text
  if (grouped || String(v) !== text) cell.z = decimalsFormat((plain ?? grouped)![1], Boolean(grouped));
  return cell;
}

/** In BIFF8 a formula is parsed tokens; a value such as `=300天` can only be the text. */
function xlsCell(text: string, ctx: CellContext): XLSX.CellObject | undefined {
  const cell = xlsxCell(text, ctx);
  return cell && typeof cell.f === "string" ? { t: "s", v: text } : cell;
}

function columnWidths(rows: string[][], width: number): XLSX.ColInfo[] {
  const shown = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  return Array.from({ length: width }, (_, c) => ({ wch: Math.min(40, Math.max(8, ...rows.map((r) => shown(r[c] ?? "")))) }));
}

function checkMerges(merges: Range[]): void {
  const seen = new Set<string>();
  for (const m of merges)
    for (let r = m.s.r; r <= m.e.r; r++)
      for (let c = m.s.c; c <= m.e.c; c++) {
        const k = `${r}:${c}`;
        if (seen.has(k)) throw new Error(`overlapping merges at ${XLSX.utils.encode_cell({ r, c })}`);
        seen.add(k);
      }
}

function book(stem: string, t: CorpusText, cellOf: (text: string, ctx: CellContext) => XLSX.CellObject | undefined): XLSX.WorkBook {
  const { width, merges } = inferLayout(t.rows);
  checkMerges(merges);
  const ctx: CellContext = { percent: percentAsFraction(stem), formulas: 0 };
  const data: XLSX.CellObject[][] = t.rows.map((row) => {
    const out: XLSX.CellObject[] = [];
    row.forEach((s, c) => {
      const cell = cellOf(s, ctx);
      if (cell) out[c] = cell;
    });
    return out;
  });
  const ws = { "!data": data } as XLSX.WorkSheet;
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, t.rows.length - 1), c: width - 1 } });
  if (merges.length) ws["!merges"] = merges;
  ws["!cols"] = columnWidths(t.rows, width);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, SHEET);
  const source = sourceOf(t);
  wb.Props = { Title: stem, ...(source ? { Comments: `source: ${source}` } : {}) };
  return wb;
}

function write(wb: XLSX.WorkBook, bookType: XLSX.BookType): Buffer {
  resetFormats();
  // bookSST: without a shared string table SheetJS cuts BIFF8 strings at 255 characters.
  return XLSX.write(wb, { type: "buffer", bookType, compression: true, bookSST: true }) as Buffer;
}

export function renderXlsx(stem: string, t: CorpusText): Buffer {
  return write(book(stem, t, xlsxCell), "xlsx");
}

export function renderXls(stem: string, t: CorpusText): Buffer {
  return write(book(stem, t, xlsCell), "biff8");
}

export function renderCsv(t: CorpusText): Uint8Array {
  const width = Math.max(1, ...t.rows.map((r) => r.length));
  return encodeGb18030(toCsv(t.rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")])));
}

/** Writes every render into `out` (tests render into a temp folder and compare with the committed files). */
export function main(out = RENDERED_DIR, corpus = CORPUS_DIR): string[] {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const stems = corpusStems(corpus);
  for (const stem of stems) {
    const t = readCorpusText(stem, corpus);
    for (const [ext, bytes] of [
      ["xlsx", renderXlsx(stem, t)],
      ["xls", renderXls(stem, t)],
      ["csv", renderCsv(t)],
    ] as const) {
      writeOut(path.join(out, `${stem}.${ext}`), bytes);
      written.push(`${stem}.${ext}`);
    }
  }
  // a render whose table left the corpus goes too
  for (const f of readdirSync(out)) if (!written.includes(f)) rmSync(path.join(out, f));
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = main();
  console.log(`rendered ${files.length} files into ${path.relative(process.cwd(), RENDERED_DIR) || RENDERED_DIR}`);
}
