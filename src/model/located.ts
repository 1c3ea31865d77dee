/**
 * What `locate` hands to `normalize`: where each table is in a grid, what each column of its indicator
 * block means, which rows are its indicators and which cells of the header block hold its fields.
 * Positions are 0-based rows and columns of the grid.
 */
import type { CellPos, CellRange } from "./grid.js";

/** What a column of an indicator block holds. */
export type ColumnRole =
  /** A merged label column at the left (绩效指标, 年度绩效指标) with no data of its own. */
  | "section"
  | "level1"
  | "level2"
  | "name"
  | "operator"
  | "value"
  /** A value column that is not the budget year's (中期, 长期, 实施期, 上年, 实际完成值). */
  | "valueOther"
  | "unit"
  | "deadline"
  | "weight"
  /** Any other column (指标解释, 评(扣)分标准, 绩效标准 › 优, 备注 …): kept by its label. */
  | "extra"
  /** A project column of the long layout (项目名称, 单位名称, 预算数, 年度目标 as column headers). */
  | "project";

/** What a header-block label means. */
export type FieldKey =
  | "name"
  | "department"
  | "implementer"
  | "budget"
  | "budgetItem"
  | "goalYear"
  | "goalTotal"
  | "year"
  | "period"
  | "other";

export interface ColumnSpec {
  c: number;
  role: ColumnRole;
  /** The label as written; for a header of several rows, the labels from top to bottom joined by " › ". */
  label: string;
  /** For project columns of the long layout: which field the column holds. */
  field?: FieldKey;
}

/** One set of indicator columns. Tables that print 长期 and 年度 columns side by side have two. */
export interface ColumnGroup {
  level1?: number;
  level2?: number;
  name: number;
  operator?: number;
  value?: number;
  unit?: number;
  deadline?: number;
  weight?: number;
}

/** Where each field of one indicator row sits, after drift correction. */
export interface RowCells {
  level1?: number;
  level2?: number;
  name?: number;
  operator?: number;
  value?: number;
  unit?: number;
  deadline?: number;
  weight?: number;
}

export interface IndicatorRowBlock {
  r: number;
  /** "indicator": a row with a 三级 name; "levels": only 一级/二级 (sets the context, no indicator). */
  kind: "indicator" | "levels";
  cells: RowCells;
  /** Other columns of the row (extras and other value columns), already shifted with the row. */
  extras: { label: string; c: number }[];
  /** Column drift of the name part and the value part (0 = as the header says). */
  headShift: number;
  tailShift: number;
  /** The value was written in the unit column (the value column is empty). */
  valueInUnitColumn: boolean;
  /** Non-empty cells that fit no column. */
  stray: number[];
  /** Which indicator block of the table the row is in, when it has several (长期绩效指标 / 年度绩效指标). */
  section?: string;
}

export interface FieldCell {
  key: FieldKey;
  /** Label as written (主管部门, 预算资金情况 …). */
  label: string;
  labelPos: CellPos;
  /** Value text as written; "" when the label has no value. */
  text: string;
  /** The value cell; null when there is none. */
  pos: CellPos | null;
  /** A group label the field sits under (资金情况（万元） over 年度资金总额), for its unit. */
  group?: string;
}

/** A row the reader could not place in the indicator block (kept so normalize can report it). */
export interface SkippedRow {
  r: number;
  reason: "unreadable" | "subtotal";
}

export interface TableBlock {
  sheet: string;
  layout: "wide" | "long";
  /** Rows and columns the table spans. */
  range: CellRange;
  title: { text: string; pos: CellPos } | null;
  year: { value: number; pos: CellPos } | null;
  /** 单位：万元 line. */
  declaredUnit: { unit: string; text: string; pos: CellPos } | null;
  fields: FieldCell[];
  header: { rows: number[]; columns: ColumnSpec[] };
  rows: IndicatorRowBlock[];
  skipped: SkippedRow[];
}
