/**
 * Operators as people write them: symbols (≥ >= => ≧ ＞＝), words before the number (不低于, 大于等于, 达到)
 * and words after it (以上, 以内, 及以下). Matched on foldSymbols() text, longest spelling first.
 */
import type { Operator } from "../model/records.js";
import { memo } from "../model/memo.js";
import { foldSymbols } from "./fold.js";

/** Spellings before a number, longest first so "≥=" never half-matches. */
export const PREFIX_OPERATORS: readonly (readonly [string, Operator])[] = [
  ["大于或等于", ">="],
  ["大于等于", ">="],
  ["小于或等于", "<="],
  ["小于等于", "<="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不超出", "<="],
  ["不多于", "<="],
  ["不大于", "<="],
  ["未超过", "<="],
  ["控制在", "<="],
  ["至少", ">="],
  ["达到", ">="],
  ["达", ">="],
  ["不足", "<"],
  ["最多", "<="],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
  ["≥=", ">="],
  [">=", ">="],
  ["=>", ">="],
  ["≥", ">="],
  ["≧", ">="],
  ["⩾", ">="],
  ["≮", ">="],
  ["≤=", "<="],
  ["<=", "<="],
  ["=<", "<="],
  ["≤", "<="],
  ["≦", "<="],
  ["⩽", "<="],
  ["≯", "<="],
  ["==", "="],
  ["=", "="],
  [">", ">"],
  ["<", "<"],
];

/** Spellings after a number or unit: "95%以上", "3天以内", "10个及以上". */
export const SUFFIX_OPERATORS: readonly (readonly [string, Operator])[] = [
  ["及以上", ">="],
  ["或以上", ">="],
  ["(含)以上", ">="],
  ["以上", ">="],
  ["之上", ">="],
  ["及以下", "<="],
  ["或以下", "<="],
  ["(含)以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
];

/** Words that make a target approximate rather than a bound. */
export const APPROXIMATE_PREFIX = ["约", "大约", "大概", "预计"] as const;
export const APPROXIMATE_SUFFIX = ["左右", "上下"] as const;

/** What an 指标性质 / 运算符号 cell may hold besides an operator: the nature of the indicator. */
const NATURE: Record<string, "qualitative" | "quantitative"> = {
  定性: "qualitative",
  定性指标: "qualitative",
  文字: "qualitative",
  描述: "qualitative",
  描述性: "qualitative",
  是否: "qualitative",
  定量: "quantitative",
  定量指标: "quantitative",
};

/** The operator when the whole text is one ("≥", "大于等于", "=", "＞", "以上"); null otherwise. */
export const operatorOnly = memo((text: string): Operator | null => {
  if (text.length > 12) return null;
  const t = foldSymbols(text).replace(/\s+/g, "");
  if (!t) return null;
  for (const [raw, op] of PREFIX_OPERATORS) if (t === raw) return op;
  for (const [raw, op] of SUFFIX_OPERATORS) if (t === raw && raw !== "内") return op;
  return null;
});

export interface OperatorCell {
  operator: Operator | null;
  /** As written; null when the cell is empty. */
  operatorRaw: string | null;
  /** 定性 / 定量 written in the operator column. */
  nature: "qualitative" | "quantitative" | null;
}

/** An operator column cell: "≥", "＝", "大于等于", or 定性/定量 (no operator, but the nature). */
export function parseOperatorCell(text: string): OperatorCell {
  const raw = text.trim();
  if (!raw) return { operator: null, operatorRaw: null, nature: null };
  const op = operatorOnly(raw);
  if (op) return { operator: op, operatorRaw: raw, nature: null };
  const key = foldSymbols(raw).replace(/\s+/g, "");
  const nature = Object.hasOwn(NATURE, key) ? NATURE[key] : null;
  return { operator: null, operatorRaw: raw, nature };
}

/** The operator spelled at the start of `folded`: [operator, length in characters]. */
export function leadingOperator(folded: string): [Operator, number] | null {
  for (const [sym, op] of PREFIX_OPERATORS) if (folded.startsWith(sym)) return [op, sym.length];
  return null;
}

/** The operator spelled at the end of `folded` (以上, 以内 …): [operator, length]. */
export function trailingOperator(folded: string): [Operator, number] | null {
  for (const [sym, op] of SUFFIX_OPERATORS) if (folded.endsWith(sym)) return [op, sym.length];
  return null;
}
