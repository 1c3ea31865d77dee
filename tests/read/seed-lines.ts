/** The seed text and a grid, both as the lines the seed's text would show, for comparing twins. */
import type { Cell, Grid } from "../../src/model/grid.js";

/** A cell as the seed's text would write it. */
export function shown(row: (Cell | undefined)[], c: number): string {
  const x = row[c];
  if (!x) return "";
  if (x.t === "d") {
    const [y, m] = String(x.v).split("-");
    return `${y}年${Number(m)}月`;
  }
  if (x.t === "n" && x.z?.endsWith("%")) {
    const pctValue = String(Number((Number(x.v) * 100).toPrecision(10)));
    return row[c + 1]?.v === "%" ? pctValue : `${pctValue}%`;
  }
  return String(x.v);
}
/** Seed text with deadlines canonicalized the same way (2024 年 03 月 → 2024年3月). */
export const canon = (s: string) => s.replace(/^(\d{4})\s*年\s*0?(\d{1,2})\s*月$/, "$1年$2月");
export const gridLines = (g: Grid, from: number, n: number) =>
  Array.from({ length: n }, (_, r) => {
    const row = g.rows[from + r] ?? [];
    return Array.from(row, (_, c) => shown(row, c));
  });
export const textLines = (lines: string[][]) => lines.map((l) => l.map(canon));
export const trimEnd = (rows: string[][]) => rows.map((r) => {
  const out = [...r];
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
});

