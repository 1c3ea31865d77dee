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
  const head = h("tr", {}, h("th", { class: "corner", scope: "col" }, ""));
  for (let c = win.s.c; c <= win.e.c; c++) head.append(h("th", { scope: "col", class: "col-head" }, colName(c)));
  const body = h("tbody");
  for (let r = win.s.r; r <= win.e.r; r++) {
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
  return h("div", { class: "sheet-scroll" }, h("table", { class: "sheet" }, h("thead", {}, head), body));
}
