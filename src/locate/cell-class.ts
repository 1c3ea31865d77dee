/**
 * What a cell's text looks like, in the terms the locator scores columns and rows with: a level name, an
 * operator, a number, a quantity, a unit, a date, a placeholder or text. Built on the one value grammar.
 */
import { operatorOnly, parseDateSpan, parseOperatorCell, parseUnit, parseValue } from "../grammar/index.js";
import { memo } from "../model/memo.js";
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

/** Words every level name contains (产出指标, 数量目标, 产出值, 满意度 …), folded or not. */
const LEVEL_HINT = /(指[标標]|值|目[标標]|类|類)\s*(\([^)]*\)|（[^）]*）|\d+分)?$/u;
const OPERATOR_HINT = /[<>=≥≤≧≦⩾⩽≮≯＜＞＝]|于|於|少|低|高|超|至|达|足|多|最|控|以|内|之|上|下/u;
const NUMBER_HINT = /[\d０-９一二两三四五六七八九十零〇*＊xX×…?]|[<>=≥≤≧≦＜＞＝]/u;
const DATE_HINT = /\d|年[底末内]|全年|年度内|当年|季度|半年|年终/u;

/**
 * The class of a cell text. Cheap checks first: most cells are names and sentences, and every grammar
 * question asked of them costs a lookup. Labels, levels, units and operators repeat across cells and files,
 * so the class is remembered per distinct text.
 */
export const classify = memo((text: string): CellClass => {
  if (!text) return "empty";
  const len = text.length;
  if (len <= 8 || (len <= 40 && LEVEL_HINT.test(text.replace(/\s+/gu, "")))) {
    if (canonicalLevel1(text)) return "level1";
    if (canonicalLevel2(text) || looksLikeLevel(text)) return "level2";
  }
  if (len <= 12 && OPERATOR_HINT.test(text) && operatorOnly(text)) return "operator";
  if (len <= 6 && parseOperatorCell(text).nature) return "nature";
  if (len <= 12 && !/\d/u.test(text) && parseUnit(text)) return "unit";
  if (NUMBER_HINT.test(text)) {
    const v = parseValue(text);
    if (v.kind === "number") return v.unit || v.operator ? "quantity" : "number";
    if (v.kind === "range" || v.kind === "unit-only") return "quantity";
    if (v.kind === "placeholder") return "placeholder";
  }
  if (len <= 30 && DATE_HINT.test(text) && parseDateSpan(text, 2000)) return "date";
  return [...text].length <= 12 ? "short" : "long";
});

export const isLevelClass = (k: CellClass) => k === "level1" || k === "level2";
export const isValueClass = (k: CellClass) => k === "number" || k === "quantity" || k === "placeholder";
