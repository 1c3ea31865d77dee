/**
 * Grids for locate/normalize tests, built inline or from tab-separated text:
 *
 *   grid([["项目名称", "X"], [], ["", "一级指标", "二级指标", "三级指标", "指标值"]])
 *   gridFromTsv(seedText, "Sheet1")
 *
 * Strings become text cells, numbers number cells, null/undefined/"" empty; a Cell object is used as is.
 */
import type { Cell, CellRange, Grid } from "../../src/model/grid.js";

export type CellInit = string | number | Cell | null | undefined;

export function cell(v: CellInit): Cell | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number") return { v, t: "n" };
  if (typeof v === "string") return { v, t: "s" };
  return v;
}

export function grid(rows: CellInit[][], opts: { sheet?: string; merges?: CellRange[]; at?: { r: number; c: number } } = {}): Grid {
  const at = opts.at ?? { r: 0, c: 0 };
  const out: (Cell | undefined)[][] = [];
  for (let r = 0; r < at.r; r++) out.push([]);
  for (const row of rows) out.push([...Array<undefined>(at.c).fill(undefined), ...row.map(cell)]);
  return { sheet: opts.sheet ?? "Sheet1", rows: out, merges: opts.merges ?? [] };
}

/** Tab-separated text → one grid, the way a .txt export reads (every cell text). */
export function gridFromTsv(text: string, sheet = "Sheet1"): Grid {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return grid(lines.map((l) => (l === "" ? [] : l.split("\t"))), { sheet });
}

/** A percent-formatted number cell (0.95 shown as 95%). */
export const pct = (v: number): Cell => ({ v, t: "n", z: "0%", w: `${Math.round(v * 100)}%` });
/** A date cell as the reader produces it. */
export const date = (iso: string, w?: string): Cell => ({ v: iso, t: "d", z: "yyyy/m/d", ...(w ? { w } : {}) });
