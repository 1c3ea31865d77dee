/**
 * Seeded generator of realistic workbooks for the benchmark: the 16 real seed tables as
 * templates, values varied, 1–30 tables per workbook, several tables per sheet, merged
 * 一级/二级 cells, percent cells stored as fractions with a 0% format, date cells as 完成时限.
 */
import { readFileSync } from "node:fs";
import * as XLSX from "xlsx";

// The committed seed, so the benchmark runs in any clone.
const SEED = new URL("../fixtures/seed/shenyang-2022-report-and-2023-targets.txt", import.meta.url);

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed's tables as row arrays (title line through the last indicator row). */
export function seedTables(): string[][][] {
  const lines = readFileSync(SEED, "utf8").split(/\r?\n/).slice(96);
  const tables: string[][][] = [];
  let cur: string[][] | null = null;
  for (const line of lines) {
    if (/绩效目标表\s*$/.test(line.trim()) && !line.startsWith("附件")) {
      cur = [];
      tables.push(cur);
    }
    if (!cur) continue;
    if (line.trim() === "" && cur.length > 0 && cur[cur.length - 1].length === 0) continue;
    cur.push(line.trim() === "" ? [] : line.split("\t"));
  }
  return tables.map((t) => {
    while (t.length && t[t.length - 1].length === 0) t.pop();
    return t;
  });
}

type CellSpec = XLSX.CellObject;

function cellFor(text: string, col: number, unitCell: string | undefined, r: Rng): CellSpec {
  const num = Number(text);
  if (text !== "" && Number.isFinite(num)) {
    if (col === 5 && unitCell === "%" && r() < 0.5) return { t: "n", v: num / 100, z: "0%" };
    return { t: "n", v: num };
  }
  const deadline = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/.exec(text);
  if (deadline && r() < 0.5) {
    const y = Number(deadline[1]);
    const m = Number(deadline[2]);
    const serial = (Date.UTC(y, m, 0) - Date.UTC(1899, 11, 30)) / 86400000;
    return { t: "n", v: serial, z: 'yyyy"年"m"月"' };
  }
  return { t: "s", v: text };
}

/** Append one table at `top` of a dense sheet; returns the next free row. */
function placeTable(ws: XLSX.WorkSheet, rows: string[][], top: number, r: Rng, nameSuffix: string): number {
  const data = ws["!data"] as CellSpec[][];
  const merges = ws["!merges"] as XLSX.Range[];
  let headerRow = -1;
  rows.forEach((row, i) => {
    const out: CellSpec[] = [];
    const vary = headerRow >= 0 && i > headerRow;
    row.forEach((text, c) => {
      let t = text.trim();
      if (i > 0 && c === 1 && /名称$/.test(row[0] ?? "")) t = `${t}${nameSuffix}`;
      if (vary && c === 5 && /^\d+(\.\d+)?$/.test(t) && row[6] !== "%") t = String(Math.round(Number(t) * (0.5 + r()) * 100) / 100);
      if (t !== "") out[c] = cellFor(t, c, row[6]?.trim(), r);
    });
    if (row[0] === "绩效指标") headerRow = i;
    data[top + i] = out;
  });
  if (headerRow >= 0) {
    // Merge 一级/二级 labels down over the rows they span, as real exports do.
    for (const col of [1, 2]) {
      let start = -1;
      for (let i = headerRow + 1; i <= rows.length; i++) {
        const text = i < rows.length ? rows[i][col]?.trim() ?? "" : "END";
        if (text !== "" || i === rows.length || rows[i].length === 0) {
          if (start >= 0 && i - 1 > start) merges.push({ s: { r: top + start, c: col }, e: { r: top + i - 1, c: col } });
          start = text !== "" && i < rows.length && rows[i].length > 0 ? i : -1;
        }
      }
    }
  }
  merges.push({ s: { r: top, c: 0 }, e: { r: top, c: 7 } });
  return top + rows.length + 2;
}

export interface WorkbookSpec {
  tables: number;
  tablesPerSheet: number;
}

export function makeWorkbook(r: Rng, spec: WorkbookSpec, templates = seedTables()): Buffer {
  const wb = XLSX.utils.book_new();
  let sheetNo = 0;
  let ws: XLSX.WorkSheet | null = null;
  let top = 0;
  for (let i = 0; i < spec.tables; i++) {
    if (!ws || i % spec.tablesPerSheet === 0) {
      if (ws) finish(ws, top);
      ws = { "!data": [], "!merges": [] } as unknown as XLSX.WorkSheet;
      XLSX.utils.book_append_sheet(wb, ws, `绩效目标表${++sheetNo}`);
      top = r() < 0.3 ? 2 : 0; // some tables are not at A1
    }
    const t = templates[Math.floor(r() * templates.length)];
    top = placeTable(ws, t, top, r, `（${i + 1}）`);
  }
  if (ws) finish(ws, top);
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}

function finish(ws: XLSX.WorkSheet, rows: number): void {
  const data = ws["!data"] as CellSpec[][];
  for (let i = 0; i < rows; i++) data[i] ??= [];
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows - 1, 0), c: 8 } });
}

/** One project table with `n` indicator rows (the scaling benchmark). */
export function makeBigWorkbook(n: number, r: Rng = rng(7)): Buffer {
  const t = seedTables()[1];
  const header = t.slice(0, t.findIndex((row) => row[0] === "绩效指标") + 1);
  const body = t.slice(header.length).filter((row) => row.length > 0);
  const rows = [...header];
  for (let i = 0; i < n; i++) {
    const src = body[i % body.length];
    const row = [...src];
    row[1] = i % body.length === 0 ? src[1] || "产出指标" : src[1];
    row[3] = `${src[3]}${i + 1}`;
    rows.push(row);
  }
  const wb = XLSX.utils.book_new();
  const ws = { "!data": [], "!merges": [] } as unknown as XLSX.WorkSheet;
  const end = placeTable(ws, rows, 0, r, "");
  finish(ws, end);
  XLSX.utils.book_append_sheet(wb, ws, "绩效目标表");
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}
