/**
 * What a cell's text looks like: an operator, a unit, a date. The locator scores drifting
 * rows with these; normalize/value.ts builds on them to split values.
 */
import type { Operator } from "../model/records.js";
import { memo } from "../model/memo.js";

/** Symbols and words before a number, longest first so "≥=" never half-matches. */
export const PREFIX_OPERATORS: [string, Operator][] = [
  ["大于或等于", ">="],
  ["大于等于", ">="],
  ["小于或等于", "<="],
  ["小于等于", "<="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不多于", "<="],
  ["不大于", "<="],
  ["未超过", "<="],
  ["至少", ">="],
  ["达到", ">="],
  ["不足", "<"],
  ["最多", "<="],
  ["控制在", "<="],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
  [">=", ">="],
  ["=>", ">="],
  ["≥", ">="],
  ["≧", ">="],
  ["⩾", ">="],
  ["≮", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["≤", "<="],
  ["≦", "<="],
  ["⩽", "<="],
  ["≯", "<="],
  ["==", "="],
  ["=", "="],
  ["＝", "="],
  [">", ">"],
  ["<", "<"],
];

/** Words after a number or unit: "95%以上", "3天以内". */
export const SUFFIX_OPERATORS: [string, Operator][] = [
  ["及以上", ">="],
  ["或以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["或以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
];

/**
 * Full-width ASCII to ASCII and look-alike symbols to their plain form, one character for
 * one character (so a position in the folded text is a position in the original). NFKC is
 * not used here: it would turn ㎡ into "m2".
 */
export function foldSymbols(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (ch === "﹥") out += ">";
    else if (ch === "﹤") out += "<";
    else if (ch === "﹦") out += "=";
    else if (ch === "﹪") out += "%";
    else if (ch === "，") out += ",";
    else out += ch;
  }
  return out;
}

/** The operator when the whole text is one ("≥", "大于等于", "=", "＞"); null otherwise. */
export const operatorOnly = memo((text: string): Operator | null => {
  if (text.length > 12) return null;
  const t = foldSymbols(text).replace(/\s+/g, "");
  if (!t) return null;
  for (const [raw, op] of PREFIX_OPERATORS) if (t === raw) return op;
  return null;
});

const UNIT_CHARS =
  "%‰℃°㎡㎞㎏数个家户人次项元角分万亿千百十件套台辆张份篇部本册座栋幢所处条间场批吨斤克米里亩公顷平方立方天日月年周时小秒期届名位只头株棵棚口眼座宗起例床册趟班车船架门种类型款组团队支单笔单元工作度倍点级星号页字卷盒箱包瓶袋桶斤升瓦千瓦时兆公里千米厘毫微目节课学钟贝岁";

/** A unit as written in a unit column: "%", "万元", "元/人/年", "万平方米", "次数", "80M" units like "M", "GB". */
export const isUnitLike = memo((text: string): boolean => {
  const t = foldSymbols(text).replace(/\s+/g, "");
  if (!t || t.length > 10) return false;
  if (/\d/.test(t)) return false;
  if (/^[A-Za-z]{1,4}(\/[A-Za-z]{1,3})?$/.test(t)) return true;
  for (const ch of t) {
    if (ch === "/" || ch === "·" || ch === "." || ch === "(" || ch === ")" || ch === "²" || ch === "³") continue;
    if (!UNIT_CHARS.includes(ch) && !/[A-Za-z]/.test(ch)) return false;
  }
  return true;
});

/** Looks like a deadline or date: "2023 年 12 月", "2023-12-31", "2023.12", "12月底", "年底". */
export const isDateLike = memo((text: string): boolean => {
  if (text.length > 40) return false;
  const t = foldSymbols(text).replace(/\s+/g, "");
  if (!t || t.length > 30) return false;
  return (
    /^(19|20)\d{2}(年|[-./]\d{1,2})/.test(t) ||
    /^\d{1,2}月(\d{1,2}日)?(底|末|前|以前|之前|中旬|上旬|下旬)?$/.test(t) ||
    /^(本?年[底末内]|年度内|全年)$/.test(t)
  );
});

export const isNumberText = memo((text: string): boolean => text.length < 40 && /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(foldSymbols(text).replace(/\s+/g, "")));
