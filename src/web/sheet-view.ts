/**
 * A table as the sheet shows it: row numbers and column letters, merged cells merged (一级/二级 spanning
 * their rows), the title, the header fields and the indicator header band set apart, and every cell with
 * a problem marked by its worst severity — a colour, an icon and the count, so colour is never the only sign.
 */
import { a1, colName, parseA1 } from "../model/a1.js";
import type { Finding, Severity } from "../model/finding.js";
import type { Cell, CellRange, Grid } from "../model/grid.js";
import type { TableBlock } from "../model/located.js";
import { h } from "./dom.js";
import { SEVERITY_ICON, type UiText } from "./ui-text.js";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CHUNK_ROWS = 40;
/** The row numbers' column (col.row-col in page.css). */
const ROW_HEAD_EM = 3.5;

/**
 * Each column's width class (w3 … w18, in em; page.css), from the longest text of its own cells: a Chinese
 * character about 1 em, anything else about half. Merged cells spanning columns do not widen one column.
 */
function columnWidths(grid: Grid, win: CellRange, covered: Set<string>): number[] {
  const out: number[] = [];
  for (let c = win.s.c; c <= win.e.c; c++) {
    let widest = 0;
    for (let r = win.s.r; r <= win.e.r; r++) {
      const cell = grid.rows[r]?.[c];
      if (!cell || covered.has(`${r},${c}`)) continue;
      let w = 0;
      for (const ch of display(cell)) w += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.55;
      widest = Math.max(widest, w);
    }
    out.push(Math.min(18, Math.max(3, Math.ceil(widest * 0.9 + 1.5))));
  }
  return out;
}

export function cellId(sheetIndex: number, ref: string): string {
  return `cell-${sheetIndex}-${ref}`;
}

function display(cell: Cell | undefined): string {
  if (!cell) return "";
  return cell.w !== undefined ? cell.w : String(cell.v);
}

/** What part of the table a cell is, for its look. */
function roles(block: TableBlock): Map<string, string> {
  const role = new Map<string, string>();
  const at = (r: number, c: number, name: string) => role.set(`${r},${c}`, name);
  for (const r of block.header.rows) for (let c = block.range.s.c; c <= block.range.e.c; c++) at(r, c, "band");
  for (const f of block.fields) {
    at(f.labelPos.r, f.labelPos.c, "field-label");
    if (f.pos) at(f.pos.r, f.pos.c, "field-value");
  }
  if (block.title) at(block.title.pos.r, block.title.pos.c, "title");
  for (const row of block.rows) {
    if (row.cells.level1 !== undefined) at(row.r, row.cells.level1, "level");
    if (row.cells.level2 !== undefined) at(row.r, row.cells.level2, "level");
  }
  return role;
}

export interface SheetMarks {
  /** "r,c" → indices (into the file's findings) of the visible findings in that cell. */
  byCell: Map<string, number[]>;
}

export function marksFor(findings: Finding[], visible: (i: number) => boolean, sheet: string): SheetMarks {
  const byCell = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (!visible(i) || !f.location || f.location.sheet !== sheet) return;
    const p = parseA1(f.location.cell);
    if (!p) return;
    const k = `${p.r},${p.c}`;
    const list = byCell.get(k);
    if (list) list.push(i);
    else byCell.set(k, [i]);
  });
  return { byCell };
}

/** The rows and columns to draw: the table's range, widened to any of its problem cells that lie outside. */
function windowOf(block: TableBlock, extra: { r: number; c: number }[]): CellRange {
  const w = { s: { ...block.range.s }, e: { ...block.range.e } };
  for (const p of extra) {
    w.s.r = Math.min(w.s.r, p.r);
    w.s.c = Math.min(w.s.c, p.c);
    w.e.r = Math.max(w.e.r, p.r);
    w.e.c = Math.max(w.e.c, p.c);
  }
  return w;
}

export function renderTableGrid(opts: {
  grid: Grid;
  block: TableBlock;
  sheetIndex: number;
  findings: Finding[];
  marks: SheetMarks;
  /** Cells of this table's findings (0-based), so they are drawn even outside the located range. */
  own: { r: number; c: number }[];
  t: UiText;
  onCell: (findingIndex: number) => void;
}): HTMLElement {
  const { grid, block, sheetIndex, findings, marks, t } = opts;
  const win = windowOf(block, opts.own);
  const role = roles(block);
  // Merged ranges clipped to the window: the top-left cell spans, the others are not drawn.
  const span = new Map<string, { rows: number; cols: number; from: { r: number; c: number } }>();
  const covered = new Set<string>();
  for (const m of grid.merges) {
    const s = { r: Math.max(m.s.r, win.s.r), c: Math.max(m.s.c, win.s.c) };
    const e = { r: Math.min(m.e.r, win.e.r), c: Math.min(m.e.c, win.e.c) };
    if (s.r > e.r || s.c > e.c || (s.r === e.r && s.c === e.c)) continue;
    span.set(`${s.r},${s.c}`, { rows: e.r - s.r + 1, cols: e.c - s.c + 1, from: m.s });
    for (let r = s.r; r <= e.r; r++) for (let c = s.c; c <= e.c; c++) if (r !== s.r || c !== s.c) covered.add(`${r},${c}`);
  }
  // Long tables are drawn in chunks of rows (cut only where no merged cell crosses), each its own table with
  // the same fixed column widths; the browser lays out and paints only the chunks in view (content-visibility),
  // so a 1,000-indicator sheet appears as fast as a short one.
  const widths = columnWidths(grid, win, covered);
  const colgroup = () => h("colgroup", {}, h("col", { class: "row-col" }), ...widths.map((w) => h("col", { class: `w${w}` })));
  // Fixed layout: the widths above, not the content of 8,000 cells, decide the columns.
  const sheetTable = (cls: string, ...parts: HTMLElement[]) => {
    const table = h("table", { class: cls }, colgroup(), ...parts);
    table.style.width = `${ROW_HEAD_EM + widths.reduce((a, b) => a + b, 0)}em`;
    return table;
  };
  const head = h("tr", {}, h("th", { class: "corner", scope: "col" }, ""));
  for (let c = win.s.c; c <= win.e.c; c++) head.append(h("th", { scope: "col", class: "col-head" }, colName(c)));
  const scroll = h("div", { class: "sheet-scroll" }, sheetTable("sheet sheet-head", h("thead", {}, head)));
  const crossing = new Set<number>();
  for (const m of grid.merges) for (let r = Math.max(m.s.r, win.s.r) + 1; r <= Math.min(m.e.r, win.e.r); r++) crossing.add(r);
  let body = h("tbody");
  let rowsInChunk = 0;
  const flush = () => {
    if (rowsInChunk === 0) return;
    const chunk = h("div", { class: "chunk" }, sheetTable("sheet", body));
    // Its size while skipped: about a row's height each.
    chunk.style.containIntrinsicSize = `auto ${rowsInChunk * 30}px`;
    scroll.append(chunk);
    body = h("tbody");
    rowsInChunk = 0;
  };
  for (let r = win.s.r; r <= win.e.r; r++) {
    if (rowsInChunk >= CHUNK_ROWS && !crossing.has(r)) flush();
    rowsInChunk++;
    const tr = h("tr", {}, h("th", { scope: "row", class: "row-head" }, String(r + 1)));
    const row = grid.rows[r];
    for (let c = win.s.c; c <= win.e.c; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const sp = span.get(key);
      // The value of a merged range sits in its top-left cell, which may lie left of or above the window.
      const cell = row?.[c] ?? (sp ? grid.rows[sp.from.r]?.[sp.from.c] : undefined);
      const ref = a1(r, c);
      const here = marks.byCell.get(key);
      const cls = ["cell", role.get(key)];
      const attrs: Record<string, string | number | EventListener | undefined> = {
        id: cellId(sheetIndex, ref),
        "data-cell": ref,
        rowspan: sp && sp.rows > 1 ? sp.rows : undefined,
        colspan: sp && sp.cols > 1 ? sp.cols : undefined,
      };
      const content: (HTMLElement | string)[] = [];
      if (here) {
        const worst = here.map((i) => findings[i].severity).sort((a, b) => RANK[a] - RANK[b])[0];
        cls.push("marked", `sev-${worst}`);
        attrs.title = `${ref} · ${t.problemsInCell(here.length)}: ${here.map((i) => `${t.severity[findings[i].severity]} ${findings[i].ruleId}`).join("; ")}`;
        attrs.tabindex = -1;
        attrs["data-findings"] = here.join(" ");
        attrs.onclick = () => opts.onCell(here[0]);
        content.push(
          h("span", { class: "badge", "aria-hidden": "true" }, `${SEVERITY_ICON[worst]}${here.length > 1 ? here.length : ""}`),
          h("span", { class: "sr-only" }, `（${t.problemsInCell(here.length)}）`),
        );
      }
      attrs.class = cls.filter(Boolean).join(" ");
      tr.append(h("td", attrs, h("span", { class: "text" }, display(cell)), ...content));
    }
    body.append(tr);
  }
  flush();
  return scroll;
}
