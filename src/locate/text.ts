/** Cell text helpers shared by locate and normalize. */
import type { Cell, Grid } from "../model/grid.js";

export function cellAt(grid: Grid, r: number, c: number): Cell | undefined {
  return grid.rows[r]?.[c];
}

/** The text a person sees in the cell, trimmed; "" for empty cells. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.w !== undefined && cell.t !== "n" && cell.t !== "d") return cell.w.trim();
  if (cell.t === "n" && cell.w !== undefined) return cell.w.trim();
  return String(cell.v).trim();
}

export function textAt(grid: Grid, r: number, c: number): string {
  return cellText(cellAt(grid, r, c));
}

/**
 * Label form for matching: NFKC (full-width brackets, colons and digits become ASCII),
 * no white space, no leading "*" (required-field marks), no trailing colon.
 */
export function labelKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/^[*★※]+/, "")
    .replace(/[:：]+$/, "");
}

export function rowWidth(grid: Grid, r: number): number {
  return grid.rows[r]?.length ?? 0;
}

/** Columns of the non-empty cells of a row. */
export function filledColumns(grid: Grid, r: number): number[] {
  const row = grid.rows[r];
  const out: number[] = [];
  if (!row) return out;
  for (let c = 0; c < row.length; c++) if (cellText(row[c]) !== "") out.push(c);
  return out;
}
