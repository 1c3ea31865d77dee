/** Operators as cell text: look-alike spellings, the table's own writing style, and the cell edit that replaces one operator by another. */
import type { CellEdit } from "../../model/finding.js";
import type { Operator } from "../../model/records.js";
import type { IndicatorFacts } from "../../model/semantic.js";

/** Spellings that mean an operator but are not one of the standard ones (>=, ≥ …). */
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
  "≥=": ">=",
  "≤=": "<=",
};

const ASCII: Record<Operator, string> = { ">=": ">=", "<=": "<=", "=": "=", ">": ">", "<": "<" };
const MATH: Record<Operator, string> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/** The operator a look-alike spelling stands for; null when the spelling is a standard one or not an operator. */
export function lookalikeOperator(raw: string | null | undefined): Operator | null {
  if (!raw) return null;
  const key = raw.replace(/\s+/g, "");
  return Object.hasOwn(LOOKALIKES, key) ? LOOKALIKES[key] : null;
}

/** Spell an operator the way the table does. */
export function spell(op: Operator, style: "ascii" | "math"): string {
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
 * The edit that replaces the indicator's operator by `to`: in the operator cell, or in the value cell
 * when the operator is written inside the value ("≤100%"). Null when the cell text is unknown.
 */
export function operatorEdit(f: IndicatorFacts, to: string): CellEdit | null {
  const ind = f.indicator;
  const raw = f.operatorRaw;
  if (!raw) return null;
  const sheet = ind.location.sheet;
  let edit: CellEdit | null = null;
  if (f.operatorIn === "value" && ind.valueRaw && ind.valueRaw.includes(raw) && ind.cells.value) {
    edit = { sheet, cell: ind.cells.value, from: ind.valueRaw, to: ind.valueRaw.replace(raw, to) };
  } else if (f.operatorIn === "column" && ind.cells.operator && ind.operatorRaw) {
    edit = { sheet, cell: ind.cells.operator, from: ind.operatorRaw, to };
  }
  return edit && edit.from !== edit.to ? edit : null;
}
