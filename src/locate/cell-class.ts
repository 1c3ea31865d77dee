/**
 * What a cell's text looks like, in the terms the locator scores columns and rows with: a level name, an
 * operator, a number, a quantity, a unit, a date, a placeholder or text. Built on the one value grammar.
 */
import { memo } from "../model/memo.js";
import { operatorOnly, parseDateSpan, parseOperatorCell, parseUnit, parseValue } from "../grammar/index.js";
import { canonicalLevel1, canonicalLevel2, looksLikeLevel } from "./levels.js";

export type CellClass =
  | "empty"
  /** A first-level name (产出指标, 效益, 满意度指标 …). */
  | "level1"
  /** A second-level name (数量指标, 社会效益指标 …) or a level-like label (实施效果指标). */
  | "level2"
  | "operator"
  /** 定性 / 定量 in an 指标性质 column. */
  | "nature"
  /** A bare number. */
  | "number"
  /** A number with a unit, a percent, a range, an operator with a number. */
  | "quantity"
  | "unit"
  | "date"
  | "placeholder"
  /** Text of at most 12 characters (names, qualitative values: 良好, 稳步提高). */
  | "short"
  | "long";

export const classify = memo((text: string): CellClass => {
  if (!text) return "empty";
  if (text.length <= 40) {
    if (canonicalLevel1(text)) return "level1";
    if (canonicalLevel2(text) || looksLikeLevel(text)) return "level2";
    if (operatorOnly(text)) return "operator";
    if (parseOperatorCell(text).nature) return "nature";
    if (parseUnit(text)) return "unit";
  }
  const v = parseValue(text);
  if (v.kind === "number") return v.unit || v.operator ? "quantity" : "number";
  if (v.kind === "range" || v.kind === "unit-only") return "quantity";
  if (v.kind === "placeholder") return "placeholder";
  if (text.length <= 30 && parseDateSpan(text, 2000)) return "date";
  return [...text].length <= 12 ? "short" : "long";
});

export const isTextClass = (k: CellClass) => k === "short" || k === "long";
export const isLevelClass = (k: CellClass) => k === "level1" || k === "level2";
export const isValueClass = (k: CellClass) => k === "number" || k === "quantity" || k === "placeholder";
