/**
 * Operators as written in cells: look-alike symbols, the table's own writing style,
 * and building the cell edit that replaces one operator by another.
 */
import type { CellEdit } from "../../model/finding.js";
import type { Indicator, Operator, Table } from "../../model/records.js";

/** Symbols that mean an operator but are not one of the two standard spellings. */
const LOOKALIKES: Record<string, Operator> = {
  "≧": ">=",
  "≦": "<=",
  "=>": ">=",
  "=<": "<=",
  "＞＝": ">=",
  "＜＝": "<=",
  "＞=": ">=",
  "＜=": "<=",
  ">＝": ">=",
  "<＝": "<=",
  "＝": "=",
  "＞": ">",
  "＜": "<",
  "⩾": ">=",
  "⩽": "<=",
  "==": "=",
  "≮": ">=",
  "≯": "<=",
};

const ASCII: Record<Operator, string> = { ">=": ">=", "<=": "<=", "=": "=", ">": ">", "<": "<" };
const MATH: Record<Operator, string> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/** The operator a look-alike spelling stands for; null when the text is not a look-alike. */
export function lookalikeOperator(raw: string | null | undefined): Operator | null {
  if (!raw) return null;
  return LOOKALIKES[raw.replace(/\s+/g, "")] ?? null;
}

export type OperatorStyle = "ascii" | "math";

/** How the table writes its operators: ASCII (>=) or mathematical (≥), by majority; ASCII on a tie. */
export function operatorStyle(table: Table): OperatorStyle {
  let ascii = 0;
  let math = 0;
  for (const i of table.indicators) {
    const raw = (i.operatorRaw ?? "").replace(/\s+/g, "");
    if (raw === ">=" || raw === "<=") ascii++;
    else if (raw === "≥" || raw === "≤") math++;
  }
  return math > ascii ? "math" : "ascii";
}

/** Spell an operator the way the table does. */
export function spell(op: Operator, style: OperatorStyle): string {
  return (style === "math" ? MATH : ASCII)[op];
}

/** Spell `to` in the same family as `raw` (≤ → ≥, <= → >=, 不高于 → 不低于). */
export function respell(raw: string, to: Operator): string {
  const r = raw.replace(/\s+/g, "");
  if (/[≥≤≧≦]/.test(r)) return MATH[to];
  const words: Partial<Record<Operator, string>> = /^不/.test(r)
    ? { ">=": "不低于", "<=": "不高于", "=": "等于" }
    : /以[上下]$/.test(r)
      ? { ">=": "以上", "<=": "以下" }
      : {};
  return words[to] ?? ASCII[to];
}

/**
 * The edit that replaces the indicator's operator by `to`: in the operator cell, or in the value
 * cell when the operator was written inside the value ("≤100%"). Null when the cell text is unknown.
 */
export function operatorEdit(i: Indicator, to: string): CellEdit | null {
  const raw = i.operatorRaw;
  if (!raw) return null;
  const sheet = i.location.sheet;
  let edit: CellEdit | null = null;
  if (i.valueRaw && i.valueRaw.includes(raw) && i.cells.value) {
    edit = { sheet, cell: i.cells.value, from: i.valueRaw, to: i.valueRaw.replace(raw, to) };
  } else if (i.cells.operator) {
    edit = { sheet, cell: i.cells.operator, from: raw, to };
  }
  return edit && edit.from !== edit.to ? edit : null;
}

/** Where an operator finding points: the operator cell, else the value cell (operator inside it). */
export function operatorCell(i: Indicator): string {
  if (i.operatorRaw && i.valueRaw?.includes(i.operatorRaw) && i.cells.value) return i.cells.value;
  return i.cells.operator ?? i.cells.value ?? i.cells.name;
}

/** Where a value finding points: the value cell, else the name cell. */
export function valueCell(i: Indicator): string {
  return i.cells.value ?? i.cells.name;
}

/** A Location on the indicator's row. */
export function at(i: Indicator, cell: string): { sheet: string; row: number; cell: string } {
  return { sheet: i.location.sheet, row: i.location.row, cell };
}

/** The numeric target, or null for qualitative / empty values. */
export function num(i: Indicator): number | null {
  return typeof i.value === "number" && Number.isFinite(i.value) ? i.value : null;
}

/** How the value reads in a message: "<= 100 %". */
export function shown(i: Indicator): string {
  return [i.operatorRaw ?? i.operator ?? "", i.value ?? "", i.unit ?? ""].filter((s) => s !== "").join(" ");
}
