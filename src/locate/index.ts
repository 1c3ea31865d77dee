/**
 * locate: find every 绩效目标表 in a grid, by labels and by what the columns hold, in visible stages:
 *
 *   header-bands.ts    the 1–3 header rows of each indicator block, merged cells expanded into label paths
 *   column-roles.ts    what each column holds (label + content, one role per column)
 *   indicator-rows.ts  which rows are indicators, levels, subtotals; rows aligned when they drift
 *   header-fields.ts   title, year, money unit and the label/value fields above the block
 *   tables.ts          the tables: bands with their fields and rows; long layout split per project
 *
 * Tables side by side (each in its own columns, separated by an empty column) are read one band at a time.
 */
import type { Grid } from "../model/grid.js";
import type { TableBlock } from "../model/located.js";
import { anchorRows } from "./header-bands.js";
import { SheetView } from "./sheet.js";
import { tablesOfView } from "./tables.js";

export type { ColumnRole, ColumnSpec, FieldCell, FieldKey, IndicatorRowBlock, RowCells, TableBlock } from "../model/located.js";
export { cellText, SheetView } from "./sheet.js";

export function locateTables(grid: Grid): TableBlock[] {
  const view = new SheetView(grid);
  const bands = columnBands(view);
  if (bands.length < 2) return tablesOfView(view);
  return bands
    .flatMap(([from, to]) => tablesOfView(new SheetView(columnsOf(grid, from, to))))
    .sort((a, b) => a.range.s.r - b.range.s.r || a.range.s.c - b.range.s.c);
}

/**
 * Column bands separated by wholly empty columns, split only where indicator headers stand on both sides
 * (an empty column inside one table, as exports have, is no border).
 */
function columnBands(view: SheetView): [number, number][] {
  const used = new Uint8Array(view.width);
  for (let r = 0; r < view.rowCount; r++) for (const c of view.filled(r)) used[c] = 1;
  // Only sheets with an empty column between filled ones can hold tables side by side.
  let gaps = 0;
  for (let c = 1; c < view.width; c++) if (!used[c] && used[c - 1]) gaps++;
  if (gaps === 0) return [[0, Infinity]];
  const known = new Map<string, boolean>();
  const hasTable = (from: number, to: number) => {
    const k = `${from}:${to}`;
    let v = known.get(k);
    if (v === undefined) known.set(k, (v = anchorRows(new SheetView(columnsOf(view.grid, from, to))).length > 0));
    return v;
  };
  const bands: [number, number][] = [];
  let start = 0;
  for (let c = 1; c < view.width; c++) {
    if (used[c] || !used[c - 1]) continue;
    let next = c;
    while (next < view.width && !used[next]) next++;
    if (next < view.width && hasTable(start, c) && hasTable(next, Infinity)) {
      bands.push([start, next]);
      start = next;
    }
  }
  bands.push([start, Infinity]);
  return bands;
}

function columnsOf(grid: Grid, from: number, to: number): Grid {
  return {
    sheet: grid.sheet,
    rows: grid.rows.map((row) => (row ? row.map((cell, c) => (c >= from && c < to ? cell : undefined)) : row)),
    merges: grid.merges.filter((m) => m.s.c >= from && m.s.c < to),
  };
}
