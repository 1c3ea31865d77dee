/**
 * A grid as the locator reads it: each cell's display text and matching key computed once, the filled
 * columns of each row, and which merge covers a cell. Every stage reads the sheet through this view, so
 * no stage re-scans rows or re-folds texts.
 */
import type { Cell, CellRange, Grid } from "../model/grid.js";
import { labelKey } from "../grammar/index.js";
import { classify, type CellClass } from "./cell-class.js";

/** The text a person sees in the cell, trimmed; "" for empty cells. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.w !== undefined && cell.t !== "n" && cell.t !== "d") return cell.w.trim();
  if (cell.t === "n" && cell.w !== undefined) return cell.w.trim();
  return String(cell.v).trim();
}

export class SheetView {
  readonly sheet: string;
  readonly rowCount: number;
  readonly width: number;
  private readonly texts: string[][] = [];
  private readonly classes: (CellClass | undefined)[][] = [];
  private readonly filledCache: (number[] | undefined)[] = [];
  private readonly mergesByRow = new Map<number, CellRange[]>();

  constructor(readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.rowCount = grid.rows.length;
    let width = 0;
    for (const row of grid.rows) if (row && row.length > width) width = row.length;
    this.width = width;
    for (const m of grid.merges) {
      if (m.e.r - m.s.r > 5000) continue;
      for (let r = m.s.r; r <= m.e.r && r < this.rowCount; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  private rowTexts(r: number): string[] {
    let t = this.texts[r];
    if (!t) {
      const row = this.grid.rows[r];
      t = row ? Array.from(row, (cell) => cellText(cell)) : [];
      this.texts[r] = t;
    }
    return t;
  }

  cell(r: number, c: number): Cell | undefined {
    return this.grid.rows[r]?.[c];
  }

  text(r: number, c: number): string {
    if (r < 0 || c < 0) return "";
    return this.rowTexts(r)[c] ?? "";
  }

  key(r: number, c: number): string {
    const t = this.text(r, c);
    return t ? labelKey(t) : "";
  }

  /** What the cell looks like; computed once per cell (rows are aligned many ways, classes asked many times). */
  class(r: number, c: number): CellClass {
    if (r < 0 || c < 0) return "empty";
    let row = this.classes[r];
    if (!row) row = this.classes[r] = [];
    let k = row[c];
    if (k === undefined) k = row[c] = classify(this.text(r, c));
    return k;
  }

  /** Columns of the non-empty cells of a row. */
  filled(r: number): number[] {
    if (r < 0 || r >= this.rowCount) return [];
    let f = this.filledCache[r];
    if (!f) {
      f = [];
      const t = this.rowTexts(r);
      for (let c = 0; c < t.length; c++) if (t[c] !== "") f.push(c);
      this.filledCache[r] = f;
    }
    return f;
  }

  isBlank(r: number): boolean {
    return this.filled(r).length === 0;
  }

  /** The merge a cell belongs to (its top-left cell holds the text), if any. */
  mergeAt(r: number, c: number): CellRange | undefined {
    const list = this.mergesByRow.get(r);
    if (!list) return undefined;
    for (const m of list) if (c >= m.s.c && c <= m.e.c) return m;
    return undefined;
  }

  /** The text a cell shows, also when it is covered by a merge whose text sits in its top-left cell. */
  shownText(r: number, c: number): string {
    const own = this.text(r, c);
    if (own) return own;
    const m = this.mergeAt(r, c);
    return m ? this.text(m.s.r, m.s.c) : "";
  }
}
