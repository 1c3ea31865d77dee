/**
 * Stage 3: indicator rows. From below the header band down, each row is read against the column roles:
 * a row with a name is an indicator, a row with only 一级/二级 sets the context (blank 一级/二级 below mean
 * "same as above"), 合计/小计 rows are skipped, a row that fits nothing is kept as unreadable and reading goes
 * on. The block ends at a sign-off line (填表人, 注：), a title, the next header band, header-block labels, or
 * a gap of blank rows not followed by indicator rows.
 *
 * Real exports drift: a whole row may start one column left, or only its name part or its value part may
 * move. Each row is aligned to the roles by what its cells are (level names, names, operators, numbers,
 * units, dates): the header's own columns unless a shifted reading fits clearly better.
 */
import type { ColumnGroup, ColumnSpec, IndicatorRowBlock, RowCells, SkippedRow } from "../model/located.js";
import type { CellClass } from "./cell-class.js";
import type { ColumnLayout } from "./column-roles.js";
import type { SheetView } from "./sheet.js";
import { columnLabelRoles, fieldKey, isGroupLabel, isSignOff, isSubtotal, isTitle } from "./vocabulary.js";
import { isLevelName, isOnlyLevel2 } from "./levels.js";

const HEAD = ["level1", "level2", "name"] as const;
const TAIL = ["operator", "value", "unit", "deadline", "weight"] as const;
type Head = (typeof HEAD)[number];
type Tail = (typeof TAIL)[number];

/** How badly a cell of a class fits a role (0 = as expected). */
const MISFIT: Record<Head | Tail, Partial<Record<CellClass, number>>> = {
  level1: { level1: 0, level2: 0.3, short: 0.6, long: 1, operator: 3, number: 3, quantity: 3, date: 3, unit: 2, nature: 3, placeholder: 2 },
  level2: { level2: 0, level1: 0.4, short: 0.6, long: 0.9, operator: 3, number: 3, quantity: 3, date: 3, unit: 2, nature: 3, placeholder: 2 },
  name: { short: 0, long: 0, quantity: 1, placeholder: 1, level1: 2, level2: 2, operator: 4, number: 4, date: 3, unit: 2.5, nature: 4 },
  operator: { operator: 0, nature: 0, short: 2, long: 3, number: 2, quantity: 2, unit: 2, date: 3, level1: 3, level2: 3 },
  value: { number: 0, quantity: 0, placeholder: 0, short: 0, long: 0.3, date: 0.3, unit: 0.5, operator: 2, nature: 2, level1: 2, level2: 2 },
  unit: { unit: 0, short: 1.2, long: 2, number: 3, quantity: 2, date: 3, operator: 2, nature: 2, level1: 3, level2: 3, placeholder: 2 },
  deadline: { date: 0, short: 1, long: 1.5, number: 2, quantity: 2, unit: 2, operator: 3, level1: 3, level2: 3 },
  weight: { number: 0, quantity: 0.5, short: 1, long: 2, unit: 2, operator: 2, date: 2, level1: 3, level2: 3 },
};
const STRAY = 3;
const SHIFT_COST = 0.35;
/** Moving a row's level names and name off their own columns when they fit there. */
const ANCHORED_SHIFT = 2;
/** A qualitative value written in the unit column while the value column is empty: read as the value. */
const VALUE_IN_UNIT = 0.25;
const MAX_BLANK_GAP = 2;

interface Alignment {
  cost: number;
  h: number;
  t: number;
  cells: RowCells;
  valueInUnit: boolean;
}

export interface RowReading {
  rows: IndicatorRowBlock[];
  skipped: SkippedRow[];
  /** Last row that belongs to the block (indicator, level or skipped row). */
  end: number;
}

export function readIndicatorRows(view: SheetView, start: number, layout: ColumnLayout, isAnchor: (r: number) => boolean, sameHeader: (r: number) => boolean): RowReading {
  const rows: IndicatorRowBlock[] = [];
  const skipped: SkippedRow[] = [];
  const extras = layout.columns.filter((c) => c.role === "extra" || c.role === "valueOther");
  const sections = new Set(layout.columns.filter((c) => c.role === "section").map((c) => c.c));
  const project = new Set(layout.project.map((p) => p.c));
  const known = new Set(layout.columns.map((c) => c.c));
  const leftmost = Math.min(...layout.columns.map((c) => c.c));
  let end = start - 1;
  let pendingBad: number[] = [];
  let blanks = 0;
  for (let r = start; r < view.rowCount; r++) {
    const filled = view.filled(r);
    if (filled.length === 0) {
      if (++blanks > MAX_BLANK_GAP) break;
      continue;
    }
    const first = view.text(r, filled[0]);
    if (isTitle(first) || isSignOff(first)) break;
    if (isAnchor(r)) {
      // A header repeated mid-table (a print export's page break) continues the table.
      if (sameHeader(r)) {
        end = r;
        blanks = 0;
        continue;
      }
      break;
    }
    // Text left of every column of the block, or header-block labels: the block is over
    // (a section label there, 绩效指标 printed on the first row, is part of the block).
    if (filled[0] < leftmost && !project.size && !isSectionLabel(view.text(r, filled[0]))) break;
    if (project.size === 0 && blockEndsWithField(view, r, filled, known)) break;
    if (filled.every((c) => sections.has(c)) || (filled.length === 1 && isSectionLabel(first) && !isLevelName(first))) {
      // Only the merged 绩效指标 column: a section label line.
      end = r;
      continue;
    }
    const row = readRow(view, r, layout, leftmost, extras, sections, project);
    if (row === "subtotal") {
      skipped.push({ r, reason: "subtotal" });
      end = r;
      blanks = 0;
      continue;
    }
    if (row === null) {
      // Unreadable: it belongs to the block only if readable rows follow.
      pendingBad.push(r);
      if (pendingBad.length >= 2) break;
      continue;
    }
    if (blanks > 0 && row.kind === "levels" && !hasLevels(view, row)) break;
    for (const b of pendingBad) skipped.push({ r: b, reason: "unreadable" });
    pendingBad = [];
    blanks = 0;
    rows.push(row);
    end = r;
  }
  return { rows, skipped, end };
}

function isSectionLabel(text: string): boolean {
  return isGroupLabel(text) || (columnLabelRoles(text).section ?? 0) > 0;
}

function hasLevels(view: SheetView, row: IndicatorRowBlock): boolean {
  return [row.cells.level1, row.cells.level2].some((c) => c !== undefined && view.text(row.r, c) !== "");
}

/**
 * A row that starts a new header block (项目名称 | X, 主管部门 | Y) ends the indicator block. Only labels no
 * indicator is named after count inside the block's columns: 项目金额 or 资金总额 may well be a cost indicator.
 */
function blockEndsWithField(view: SheetView, r: number, filled: number[], known: Set<number>): boolean {
  const key = fieldKey(view.text(r, filled[0]));
  if (!key || key === "other") return false;
  if (!known.has(filled[0])) return true;
  return filled.length <= 4 && (key === "name" || key === "department" || key === "implementer" || key === "goalYear" || key === "goalTotal");
}

function readRow(
  view: SheetView,
  r: number,
  layout: ColumnLayout,
  leftmost: number,
  extras: ColumnSpec[],
  sections: Set<number>,
  project: Set<number>,
): IndicatorRowBlock | "subtotal" | null {
  const filled = view.filled(r).filter((c) => !project.has(c) && !(c < leftmost && isSectionLabel(view.text(r, c))));
  // Only project cells (a department's subtotal line of the long layout): not an indicator, not junk.
  if (filled.length === 0) return "subtotal";
  if (isSubtotal(view.text(r, filled[0]))) return "subtotal";
  let best: Alignment | null = null;
  let group: ColumnGroup = layout.groups[0];
  for (const g of layout.groups) {
    const a = align(view, r, filled, g, extras, sections, layout.nameHoldsLevels);
    if (a && (!best || a.cost < best.cost - 0.01)) {
      best = a;
      group = g;
    }
    // The budget year's columns win when they hold the row at all.
    if (a && a.cells.name !== undefined && view.text(r, a.cells.name) !== "") break;
  }
  if (!best) return null;
  const cells = best.cells;
  // A second-level name in the 一级 column (the row drifted left): it is the 二级.
  if (cells.level1 !== undefined && isOnlyLevel2(view.text(r, cells.level1)) && (cells.level2 === undefined || view.text(r, cells.level2) === "")) {
    cells.level2 = cells.level1;
    cells.level1 = undefined;
  }
  const txt = (c: number | undefined) => (c === undefined ? "" : view.text(r, c));
  const name = txt(cells.name);
  const levels = txt(cells.level1) !== "" || txt(cells.level2) !== "";
  const tail = TAIL.some((k) => txt(cells[k]) !== "");
  const nameClass = cells.name === undefined ? "empty" : view.class(r, cells.name);
  let kind: IndicatorRowBlock["kind"] | null = null;
  if (name !== "" && nameClass !== "operator" && nameClass !== "number" && !isSignOff(name)) {
    // A level name alone in the name column is a level row, unless names there are level names (file 21's layout).
    kind = (nameClass === "level1" || nameClass === "level2") && !tail && !layout.nameHoldsLevels ? "levels" : "indicator";
  } else if (levels && !tail) kind = "levels";
  // Level names and a value but a blank 三级 cell: an indicator without a name (empty-indicator-name says so);
  // with 无, /, —— or 不适用 there the template's sub-level was marked not applicable: a level row.
  else if (levels && txt(cells.value) !== "" && levelsInPlace(view, r, cells)) kind = NOT_APPLICABLE.test(txt(cells.value)) ? "levels" : "indicator";
  if (!kind) return null;
  // 无 | 无, 无 | (empty), —— | ——: the template's sub-level marked not applicable, not an indicator named 无.
  if (kind === "indicator" && NOT_APPLICABLE.test(name) && TAIL.every((k) => txt(cells[k]) === "" || NOT_APPLICABLE.test(txt(cells[k])))) {
    if (!levels) return "subtotal";
    kind = "levels";
  }
  if (best.cost >= 4 && !(kind === "indicator" && tail)) return null;
  const used = new Set(Object.values(cells).filter((c): c is number => c !== undefined));
  const shiftedExtras = extras.map((e) => ({ label: e.label, c: e.c + (e.c > group.name ? best!.t : best!.h) }));
  for (const e of shiftedExtras) used.add(e.c);
  const stray = filled.filter((c) => !used.has(c) && !sections.has(c));
  return {
    r,
    kind,
    cells,
    extras: shiftedExtras,
    headShift: best.h,
    tailShift: best.t,
    valueInUnitColumn: best.valueInUnit,
    stray,
  };
}

/** The cheapest reading of a row against one set of columns: head and tail shifts of -1, 0, +1. */
function align(view: SheetView, r: number, filled: number[], g: ColumnGroup, extras: ColumnSpec[], sections: Set<number>, nameHoldsLevels: boolean): Alignment | null {
  const pos: Partial<Record<Head | Tail, number>> = g;
  // Every row is tried at up to nine shifts: the bounds of the group's columns are worked out once.
  let minHead = Infinity;
  let maxHead = -Infinity;
  for (const k of HEAD) {
    const c = pos[k];
    if (c === undefined) continue;
    if (c < minHead) minHead = c;
    if (c > maxHead) maxHead = c;
  }
  let minTail = Infinity;
  for (const k of TAIL) {
    const c = pos[k];
    if (c !== undefined && c < minTail) minTail = c;
  }
  for (const e of extras) if (e.c > g.name && e.c < minTail) minTail = e.c;
  // Level names in their own columns and a name beside them: the head did not drift, whatever the tail holds
  // (提高 typed under 指标性质 moves the value, not 效益指标 | 社会效益指标 | 居民健康素养水平).
  const anchored = headAnchored(view, r, pos);
  const hasHead = minHead !== Infinity;
  const hasTail = minTail !== Infinity;
  let best: Alignment | null = null;
  for (const h of SHIFTS) {
    for (const t of SHIFTS) {
      const penalty = SHIFT_COST * (Math.abs(h) + Math.abs(t));
      if (best && penalty >= best.cost) continue;
      if ((hasHead && minHead + h < 0) || (hasTail && minTail + t < 0)) continue;
      if (hasHead && hasTail && maxHead + h >= minTail + t) continue;
      const a = scoreShift(view, r, filled, pos, extras, sections, h, t, nameHoldsLevels);
      a.cost += penalty + (h !== 0 && anchored ? ANCHORED_SHIFT : 0);
      if (!best || a.cost < best.cost) best = a;
    }
  }
  return best;
}

const SHIFTS = [0, -1, 1] as const;

function classAt(view: SheetView, r: number, c: number | undefined): CellClass {
  return c === undefined ? "empty" : view.class(r, c);
}

function misfit(role: Head | Tail, k: CellClass): number {
  return k === "empty" ? 0 : (MISFIT[role][k] ?? 1);
}

function scoreShift(
  view: SheetView,
  r: number,
  filled: number[],
  pos: Partial<Record<Head | Tail, number>>,
  extras: ColumnSpec[],
  sections: Set<number>,
  h: number,
  t: number,
  nameHoldsLevels: boolean,
): Alignment {
  const cells: RowCells = {};
  for (const k of HEAD) if (pos[k] !== undefined) cells[k] = pos[k]! + h;
  for (const k of TAIL) if (pos[k] !== undefined) cells[k] = pos[k]! + t;
  let cost = 0;
  const nameK = classAt(view, r, cells.name);
  let tailFilled = false;
  for (const k of TAIL) if (classAt(view, r, cells[k]) !== "empty") tailFilled = true;
  // An empty name with a value is cheap where the row's level names sit in their own columns (效益指标 |
  // 社会效益指标 | (empty) | 明显提升): the 三级 cell was left blank, the row did not drift.
  if (nameK === "empty") cost += tailFilled ? (levelsInPlace(view, r, cells) ? 0.6 : 5) : 0.5;
  else cost += nameHoldsLevels && (nameK === "level1" || nameK === "level2") ? 0 : misfit("name", nameK);
  cost += misfit("level1", classAt(view, r, cells.level1)) + misfit("level2", classAt(view, r, cells.level2));
  let valueInUnit = false;
  let valueK = classAt(view, r, cells.value);
  let unitK = classAt(view, r, cells.unit);
  if (valueK === "empty" && unitK !== "empty" && unitK !== "unit" && cells.unit !== undefined && cells.value !== undefined) {
    // 良好 under 度量单位 with the 指标值 cell empty: the value sits one column right of its own.
    cells.value = cells.unit;
    cells.unit = undefined;
    valueInUnit = true;
    valueK = unitK;
    unitK = "empty";
    cost += VALUE_IN_UNIT + misfit("value", valueK);
  }
  const operatorK = classAt(view, r, cells.operator);
  cost += misfit("operator", operatorK) + misfit("value", valueK) + misfit("unit", unitK) + misfit("deadline", classAt(view, r, cells.deadline)) + misfit("weight", classAt(view, r, cells.weight));
  if (valueK === "empty" && (unitK !== "empty" || operatorK === "operator")) cost += 0.5;
  const unitBefore = valueInUnit && pos.unit !== undefined ? pos.unit + t : undefined;
  for (const c of filled) {
    if (c === unitBefore || isRoleColumn(cells, c) || isExtraColumn(extras, pos.name ?? -1, h, t, c)) continue;
    cost += sections.has(c) ? (view.class(r, c) === "long" || view.class(r, c) === "short" ? 0.2 : 1) : STRAY;
  }
  return { cost, h, t, cells, valueInUnit };
}

function headAnchored(view: SheetView, r: number, pos: Partial<Record<Head | Tail, number>>): boolean {
  const cells: RowCells = { level1: pos.level1, level2: pos.level2 };
  const nameK = classAt(view, r, pos.name);
  return levelsInPlace(view, r, cells) && (nameK === "short" || nameK === "long");
}

/** What a template's unused sub-level is filled with: 无, /, ——, 不适用, 不涉及. */
const NOT_APPLICABLE = /^(?:[\s/／\\—–\-－_、.。]+|无|暂无|不适用|不涉及|不需要|没有)$/u;

/** The row's level cells hold level names of their own rank, and at least one is filled. */
function levelsInPlace(view: SheetView, r: number, cells: RowCells): boolean {
  const l1 = classAt(view, r, cells.level1);
  const l2 = classAt(view, r, cells.level2);
  return (l1 === "level1" || l2 === "level2") && (l1 === "empty" || l1 === "level1") && (l2 === "empty" || l2 === "level2");
}

/** Whether a column holds one of the row's fields (a handful of columns: a scan beats building a set per shift). */
function isRoleColumn(cells: RowCells, c: number): boolean {
  return (
    cells.level1 === c ||
    cells.level2 === c ||
    cells.name === c ||
    cells.operator === c ||
    cells.value === c ||
    cells.unit === c ||
    cells.deadline === c ||
    cells.weight === c
  );
}

function isExtraColumn(extras: ColumnSpec[], name: number, h: number, t: number, c: number): boolean {
  for (const e of extras) if (e.c + (e.c > name ? t : h) === c) return true;
  return false;
}
