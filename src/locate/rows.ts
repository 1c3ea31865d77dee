/**
 * Reading one indicator row against the header's columns. Real rows drift: a whole row
 * starts one column left (环卫扫保 满意度 row), only the level/name part moves
 * (公积金 保障水平), or the value part moves right (会展业 促进发展). Each shift of the
 * "head" (一级/二级/三级) and the "tail" (operator, value, unit, deadline …) is scored by
 * how plausible the cells look in their roles; the cheapest reading wins, no shift first.
 */
import type { Grid } from "../model/grid.js";
import { type ColumnRole, columnRole } from "./labels.js";
import { isLevelName, isOnlyLevel2 } from "./levels.js";
import { isDateLike, isNumberText, isUnitLike, operatorOnly } from "./shapes.js";
import { cellText } from "./text.js";

export interface ColumnSpec {
  c: number;
  role: ColumnRole;
  /** Header label as written. */
  label: string;
}

/** Where each field of one indicator row sits, after drift correction (0-based columns). */
export interface RowCells {
  level1?: number;
  level2?: number;
  name?: number;
  operator?: number;
  value?: number;
  valueMid?: number;
  unit?: number;
  deadline?: number;
  weight?: number;
}

export interface IndicatorRowBlock {
  r: number;
  /** "indicator": a row with a 三级 name; "levels": only 一级/二级 (sets context, no indicator). */
  kind: "indicator" | "levels";
  cells: RowCells;
  extras: { label: string; c: number }[];
  /** Column drift of the name part and the value part (0 = as the header says). */
  headShift: number;
  tailShift: number;
  /** The value was found in the unit column (公积金 对外窗口服务环境). */
  valueInUnitColumn: boolean;
  /** Non-empty cells that fit no column. */
  stray: number[];
  /** Which indicator block of the table the row is in, when it has several (长期绩效指标 / 年度绩效指标). */
  section?: string;
}

const HEAD_ROLES = ["level1", "level2", "name"] as const;
const TAIL_ROLES = ["operator", "value", "valueMid", "unit", "deadline", "weight"] as const;
const QUALITATIVE_OPERATOR = /^(定性|定量|文字|描述|是否|--?|—|\/)$/;

export interface ParsedRow {
  row: IndicatorRowBlock;
  cost: number;
  /** Evidence strong enough to continue a block after blank lines. */
  strong: boolean;
}

interface ColumnLayout {
  pos: Map<ColumnRole, number>;
  extras: ColumnSpec[];
  section: number[];
  project: number[];
  headCols: number[];
  tailCols: number[];
}

/** The header's columns by role; a block's rows share one header, so this is worked out once per header. */
const layouts = new WeakMap<ColumnSpec[], ColumnLayout>();
function layoutOf(columns: ColumnSpec[]): ColumnLayout {
  const known = layouts.get(columns);
  if (known) return known;
  const pos = new Map<ColumnRole, number>();
  for (const col of columns) if (!pos.has(col.role)) pos.set(col.role, col.c);
  const extras = columns.filter((col) => col.role === "extra" || (col.role !== "section" && col.role !== "project" && pos.get(col.role) !== col.c));
  const section = columns.filter((col) => col.role === "section").map((col) => col.c);
  const project = columns.filter((col) => col.role === "project").map((col) => col.c);
  const headCols = HEAD_ROLES.map((k) => pos.get(k)).filter((c): c is number => c !== undefined);
  const tailCols = [...TAIL_ROLES.map((k) => pos.get(k)), ...extras.map((e) => e.c)].filter((c): c is number => c !== undefined);
  const layout = { pos, extras, section, project, headCols, tailCols };
  layouts.set(columns, layout);
  return layout;
}

export function parseIndicatorRow(grid: Grid, r: number, columns: ColumnSpec[]): ParsedRow | null {
  const row = grid.rows[r];
  if (!row) return null;
  const texts = row.map((cell) => cellText(cell));
  const tx = (c: number) => texts[c] ?? "";
  const filled: number[] = [];
  for (let c = 0; c < row.length; c++) if (tx(c) !== "") filled.push(c);
  if (filled.length === 0) return null;
  const { pos, extras, section, project, headCols, tailCols } = layoutOf(columns);
  if (pos.get("name") === undefined) return null;

  let best: { cost: number; h: number; t: number } | null = null;
  const unprojected = project.length ? filled.filter((c) => !project.includes(c)) : filled;
  for (const h of [0, -1, 1]) {
    for (const t of [0, 1, -1]) {
      // Scores are never negative, so a shift whose penalty alone reaches the best cost cannot win:
      // a clean row (cost 0 unshifted, the usual case) is scored once, not nine times.
      const penalty = 0.1 * (Math.abs(h) + Math.abs(t));
      if (best && penalty >= best.cost) continue;
      if (headCols.some((c) => c + h < 0) || tailCols.some((c) => c + t < 0)) continue;
      if (headCols.length && tailCols.length && Math.max(...headCols) + h >= Math.min(...tailCols) + t) continue;
      const cost = scoreShift(tx, pos, extras, section, unprojected, h, t) + penalty;
      if (!best || cost < best.cost) best = { cost, h, t };
    }
  }
  if (!best) return null;
  const { h, t } = best;
  const at = (role: ColumnRole, shift: number): number | undefined => {
    const c = pos.get(role);
    return c === undefined ? undefined : c + shift;
  };
  const cells: RowCells = {};
  for (const k of HEAD_ROLES) cells[k] = at(k, h);
  for (const k of TAIL_ROLES) cells[k] = at(k, t);
  const txt = (c: number | undefined) => (c === undefined ? "" : tx(c));

  // A second-level name in the 一级 column (the row drifted left): it is the 二级.
  if (cells.level1 !== undefined && isOnlyLevel2(txt(cells.level1)) && txt(cells.level2) === "") {
    cells.level2 = cells.level1;
    cells.level1 = undefined;
  }
  let valueInUnitColumn = false;
  if (txt(cells.value) === "" && cells.unit !== undefined && txt(cells.unit) !== "" && !isUnitLike(txt(cells.unit))) {
    cells.value = cells.unit;
    cells.unit = undefined;
    valueInUnitColumn = true;
  }
  const used = new Set<number>(Object.values(cells).filter((c): c is number => c !== undefined));
  const shiftedExtras = extras.map((e) => ({ label: e.label, c: e.c + t }));
  for (const e of shiftedExtras) used.add(e.c);
  const stray = filled.filter((c) => !used.has(c) && !project.includes(c) && !(section.includes(c) && columnRole(tx(c)) === "section"));

  const name = txt(cells.name);
  const hasLevel = [cells.level1, cells.level2].some((c) => isLevelName(txt(c)));
  const tailFilled = TAIL_ROLES.some((k) => txt(cells[k]) !== "");
  const kind = name !== "" && operatorOnly(name) === null && !isNumberText(name) ? "indicator" : hasLevel && !tailFilled ? "levels" : null;
  if (!kind) return null;
  if (kind === "indicator" && !hasLevel && !tailFilled && filled.length > 1 && best.cost >= 3) return null;
  return {
    row: { r, kind, cells, extras: shiftedExtras, headShift: h, tailShift: t, valueInUnitColumn, stray },
    cost: best.cost,
    strong: hasLevel || (kind === "indicator" && tailFilled),
  };
}

function scoreShift(
  tx: (c: number) => string,
  pos: Map<ColumnRole, number>,
  extras: { c: number }[],
  section: number[],
  filled: number[],
  h: number,
  t: number,
): number {
  const at = (role: ColumnRole, shift: number): string => {
    const c = pos.get(role);
    return c === undefined ? "" : tx(c + shift);
  };
  let cost = 0;
  const name = at("name", h);
  if (name === "") cost += 5;
  else if (operatorOnly(name) !== null || isNumberText(name)) cost += 4;
  else if (isDateLike(name)) cost += 3;
  else if (isLevelName(name)) cost += 2;
  const l1 = at("level1", h);
  if (l1 !== "" && !isLevelName(l1)) cost += 0.5;
  if (l1 !== "" && (operatorOnly(l1) !== null || isNumberText(l1) || isDateLike(l1))) cost += 3;
  const l2 = at("level2", h);
  if (l2 !== "" && (isDateLike(l2) || operatorOnly(l2) !== null || isNumberText(l2))) cost += 3;

  const op = at("operator", t);
  if (op !== "" && operatorOnly(op) === null && !QUALITATIVE_OPERATOR.test(op)) cost += 2;
  let value = at("value", t);
  let unit = at("unit", t);
  const deadline = at("deadline", t);
  if (value === "" && unit !== "" && !isUnitLike(unit)) {
    // A value in the unit column (良好 under 度量单位): read as the value. Cheaper than a
    // shift, so the other fields keep their header columns (an empty 完成时限 stays in the table).
    value = unit;
    unit = "";
    cost += 0.05;
  }
  if (value === "" && (unit !== "" || deadline !== "" || op !== "")) cost += 1;
  if (value !== "" && operatorOnly(value) !== null) cost += 2;
  if (unit !== "" && !isUnitLike(unit)) cost += isDateLike(unit) ? 3 : 1;
  if (deadline !== "" && !isDateLike(deadline)) cost += 1;
  const weight = at("weight", t);
  if (weight !== "" && !/^\d+(\.\d+)?\s*(分|%)?$/.test(weight)) cost += 1;

  const used = new Set<number>();
  for (const k of HEAD_ROLES) if (pos.has(k)) used.add(pos.get(k)! + h);
  for (const k of TAIL_ROLES) if (pos.has(k)) used.add(pos.get(k)! + t);
  for (const e of extras) used.add(e.c + t);
  for (const c of filled) {
    if (used.has(c)) continue;
    // The 绩效指标 column is a merged label; anything else there is data the reading dropped.
    if (section.includes(c)) cost += columnRole(tx(c)) === "section" ? 0 : 1;
    else cost += 3;
  }
  return cost;
}
