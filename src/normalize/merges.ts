/**
 * Which merge covers a cell from above. Blank operator, unit and deadline cells ask this for every
 * indicator row, so the merges are indexed by row once per grid: a scan of every merge per cell made a
 * 15,000-row workbook with a merge per row quadratic.
 */
import type { CellPos, CellRange, Grid } from "../model/grid.js";

const byGrid = new WeakMap<Grid, Map<number, CellRange[]>>();

function mergesByRow(grid: Grid): Map<number, CellRange[]> {
  let index = byGrid.get(grid);
  if (index) return index;
  index = new Map();
  // Only rows below a merge's first row, and only rows the grid has: a merge down a whole column stays cheap.
  for (const m of grid.merges) {
    for (let r = m.s.r + 1; r <= m.e.r && r < grid.rows.length; r++) {
      const list = index.get(r);
      if (list) list.push(m);
      else index.set(r, [m]);
    }
  }
  byGrid.set(grid, index);
  return index;
}

/** The top-left cell of the merge that covers (r, c) from a row above, or (r, c) itself. */
export function mergedTopLeft(grid: Grid, r: number, c: number): CellPos {
  const list = mergesByRow(grid).get(r);
  if (list) for (const m of list) if (c >= m.s.c && c <= m.e.c) return { r: m.s.r, c: m.s.c };
  return { r, c };
}
