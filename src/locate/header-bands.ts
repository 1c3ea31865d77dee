/**
 * Stage 1: header bands. An indicator block starts with 1–3 header rows: the anchor row of column labels
 * (一级指标 | 二级指标 | 三级指标 | 指标值 …), a group row above it (绩效指标 / 指标值 merged across) and a
 * sub-label row below it (年度 | 中期, 优 | 良 | 中 | 差). Merged cells are expanded into label paths
 * ("指标值 › 年度"); in a text export, where merges are lost, a label over empty cells covers the sub-labels
 * written under them.
 */
import { columnLabelRoles, fieldKey, isGroupLabel, isSubLabel } from "./vocabulary.js";
import { isLevelClass, isValueClass } from "./cell-class.js";
import { isLevelName } from "./levels.js";
import type { SheetView } from "./sheet.js";

export interface HeaderBand {
  /** Header rows, top to bottom; `anchor` is the row of column labels. */
  rows: number[];
  anchor: number;
  /** Label path of every column that has a label in the band. */
  paths: Map<number, string[]>;
}

const CORE = ["level1", "level2", "name", "value"] as const;

/**
 * Is row r a row of indicator column labels? At least two of its cells are column labels, one of them a
 * level, name or value label, and no cell holds data (a number, an operator, a level name).
 */
export function isAnchorRow(view: SheetView, r: number): boolean {
  const cols = view.filled(r);
  if (cols.length < 2) return false;
  let labels = 0;
  let core = 0;
  let strong = 0;
  let names = 0;
  for (const c of cols) {
    const text = view.text(r, c);
    const roles = columnLabelRoles(text);
    const keys = Object.keys(roles) as (keyof typeof roles)[];
    if (keys.length) {
      labels++;
      if (CORE.some((k) => (roles[k] ?? 0) >= 0.5)) core++;
      if ((roles.name ?? 0) >= 0.5 || (roles.level1 ?? 0) >= 0.6 || (roles.level2 ?? 0) >= 0.6) names++;
      if (keys.some((k) => (roles[k] ?? 0) >= 0.9)) strong++;
      continue;
    }
    if (fieldKey(text)) continue; // a project column of the long layout
    const k = view.class(r, c);
    // A header cell may end in 指标 (评价指标); data is numbers, operators and standard level names.
    // One data cell is enough to tell: most rows asked are indicator rows.
    if (isValueClass(k) || k === "operator" || (isLevelClass(k) && isLevelName(text))) return false;
  }
  // A block of indicators needs a column that names them (or their levels): value, unit and operator labels alone are not one.
  return labels >= 2 && core >= 1 && strong >= 1 && names >= 1;
}

/**
 * A row directly below the anchor holding only sub-labels (年度 | 中期, 优 | 良 | 中 | 差), or the names of the
 * columns a label above spans (区域目标值 over 新罗区 | 永定区 …). No cell holds data.
 */
function isSubRow(view: SheetView, r: number, anchor: number): boolean {
  const cols = view.filled(r);
  if (cols.length === 0) return false;
  for (const c of cols) {
    const text = view.text(r, c);
    const k = view.class(r, c);
    if (isValueClass(k) || k === "operator" || k === "date" || isLevelName(text)) return false;
    const labelCol = view.shownText(anchor, c) !== "" ? c : leftLabelCol(view, anchor, c);
    if (labelCol < 0) return false;
    if (isSubLabel(text)) continue;
    // A plain word names a column only under a label that spans several sub-columns (区域目标值 › 新罗区 | 永定区).
    if (k !== "short" || spannedCount(view, r, anchor, labelCol) < 2) return false;
  }
  return true;
}

/** The column of the nearest label left of c in row r, or -1. */
function leftLabelCol(view: SheetView, r: number, c: number): number {
  for (let cc = c - 1; cc >= 0; cc--) if (view.text(r, cc)) return cc;
  return -1;
}

/** How many cells of sub-row r sit under the label at (anchor, labelCol), up to the next label of the anchor row. */
function spannedCount(view: SheetView, r: number, anchor: number, labelCol: number): number {
  let n = 0;
  for (const c of view.filled(r)) {
    if (c < labelCol) continue;
    if (c > labelCol && view.text(anchor, c)) break;
    n++;
  }
  return n;
}

/** A group row directly above the anchor: 绩效指标 or 指标值 over several label columns, nothing else. */
function isGroupRow(view: SheetView, r: number): boolean {
  const cols = view.filled(r);
  if (cols.length === 0 || cols.length > 4) return false;
  return cols.every((c) => isGroupLabel(view.text(r, c)));
}

function labelToLeft(view: SheetView, r: number, c: number): string {
  for (let cc = c - 1; cc >= 0; cc--) {
    const t = view.text(r, cc);
    if (t) return t;
  }
  return "";
}

/** The band around anchor row r. */
export function bandAt(view: SheetView, anchor: number): HeaderBand {
  const rows = [anchor];
  if (anchor > 0 && isGroupRow(view, anchor - 1) && !isAnchorRow(view, anchor - 1)) rows.unshift(anchor - 1);
  let below = anchor + 1;
  while (below < view.rowCount && rows.length < 3 && isSubRow(view, below, anchor)) {
    rows.push(below);
    below++;
  }
  return { rows, anchor, paths: labelPaths(view, rows) };
}

/**
 * Each column's labels from top to bottom. A cell covered by a merge shows the merge's text; in a row that
 * has a row below it in the band, an empty cell shows the label to its left when the row below has a
 * sub-label there (the colspan of a text export).
 */
function labelPaths(view: SheetView, rows: number[]): Map<number, string[]> {
  const paths = new Map<number, string[]>();
  let width = 0;
  for (const r of rows) {
    const f = view.filled(r);
    if (f.length) width = Math.max(width, f[f.length - 1] + 1);
  }
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      let t = view.shownText(r, c);
      const next = rows[i + 1];
      if (!t && next !== undefined && view.text(next, c)) {
        // The label to the left spans this column, as long as no label of its own row intervenes.
        t = labelToLeft(view, r, c);
      }
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    if (path.length) paths.set(c, path);
  }
  return paths;
}

/** Every anchor row of the sheet, top to bottom. */
export function anchorRows(view: SheetView): number[] {
  const out: number[] = [];
  for (let r = 0; r < view.rowCount; r++) if (mayBeAnchor(view, r) && isAnchorRow(view, r)) out.push(r);
  return out;
}

/** Cheap pre-check: a header has two short cells without digits naming columns (指标, 级, 值, 单位, 权重, 性质). */
function mayBeAnchor(view: SheetView, r: number): boolean {
  let n = 0;
  for (const c of view.filled(r)) {
    // Asked of every row: a text without white space is tested as it is, not copied first.
    const raw = view.text(r, c);
    const t = /\s/u.test(raw) ? raw.replace(/\s+/gu, "") : raw;
    if (t.length <= 24 && !/\d{2}/u.test(t) && /指标|指標|级|級|值|單位|单位|权重|權重|性质|性質|分值|名称|名稱|内容|標準|标准/u.test(t) && ++n >= 2) return true;
  }
  return false;
}
