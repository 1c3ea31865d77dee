/**
 * Text helpers shared by the rules: name normalization (so 奖励企业数 and 奖励企业数 ,
 * full- and half-width forms compare equal) and numbers with their units in free text.
 */
import { memo } from "../../model/memo.js";

/** NFKC, no white space, no punctuation or symbols (keeps letters, digits, CJK and %). */
export const normalizeName: (s: string) => string = memo((s) =>
  s
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]/gu, (ch) => (ch === "%" ? "%" : ""))
    .toLowerCase(),
);

/** Counters and measures recognized after a number in goal texts and values; longest first. */
const UNITS = [
  "万平方米", "平方公里", "平方米", "立方米", "万人次", "人次", "万人", "万户", "万元", "亿元", "千元",
  "公里", "千米", "批次", "小时", "百分点", "个百分点",
  "%", "‰", "元", "个", "所", "家", "户", "项", "人", "次", "场", "辆", "台", "套", "件", "篇", "份", "吨",
  "亩", "米", "天", "日", "月", "年", "栋", "座", "条", "处", "期", "名", "本", "册", "部", "间", "张", "株", "头", "只",
].sort((a, b) => b.length - a.length);

/** 万亩, 千吨, 亿人次: a magnitude prefix before a counter of the list. */
function withPrefix(prefix: string, rest: string): string | null {
  const base = UNITS.find((u) => rest.startsWith(u) && !/^[万亿千]/u.test(u) && u !== "%" && u !== "‰");
  return base ? prefix + base : null;
}

export interface NumberMention {
  value: number;
  /** The unit as written right after the number ("亿元", "个", "%"), or null. */
  unit: string | null;
  /** The number as written, without separators ("12357", "40.87"). */
  digits: string;
  /** Offsets of the whole mention (number and unit) in the NFKC text. */
  start: number;
  end: number;
}

/**
 * Every number in a text with the unit that follows it ("合计 12357 亿元" → 12357 亿元;
 * "17所" → 17 所). Document numbers such as 〔2019〕19号 are skipped: they are not quantities.
 */
export function numbersInText(text: string): readonly NumberMention[] {
  return numbersOf(text);
}
const numbersOf = memo((text: string): NumberMention[] => {
  const s = text.normalize("NFKC");
  const out: NumberMention[] = [];
  const re = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 1), m.index);
    const afterAll = s.slice(m.index + m[0].length);
    if (/[〔[(（]/.test(before) && /^\s*[〕\]\])）]/.test(afterAll)) continue; // 〔2019〕
    if (/^\s*号/.test(afterAll)) continue; // 19号 (a document number)
    if (/[A-Za-z.\d]/.test(before)) continue;
    const digits = (m[1] + (m[2] ?? "")).replace(/,/g, "");
    const ws = /^\s*/.exec(afterAll)![0].length;
    const rest = afterAll.slice(ws);
    const prefix = /^(十万|百万|万|千|亿)/u.exec(rest)?.[0] ?? "";
    const unit = UNITS.find((u) => rest.startsWith(u)) ?? (prefix ? withPrefix(prefix, rest.slice(prefix.length)) : null);
    out.push({
      value: Number(digits),
      unit,
      digits,
      start: m.index,
      end: m.index + m[0].length + (unit ? ws + unit.length : 0),
    });
  }
  return out;
});

/** The unit written inside a value cell ("100%" → "%", "28.8万元" → "万元"); null when none. */
export function unitInValue(valueRaw: string | null): string | null {
  if (!valueRaw) return null;
  const s = valueRaw.normalize("NFKC").trim();
  const m = /^[^\d]*\d[\d.,]*\s*(.*)$/u.exec(s);
  if (!m) return null;
  const tail = m[1].trim().replace(/(以上|以下|以内|左右|及以上|及以下)$/u, "").trim();
  return tail === "" ? null : tail;
}

/** Percent spellings people use in the unit column. */
export function isPercentUnit(unit: string | null | undefined): boolean {
  if (!unit) return false;
  return ["%", "％", "百分比", "百分率", "百分点", "个百分点", "‰"].includes(unit.normalize("NFKC").trim());
}

/** Same unit after NFKC and percent spellings folded together. */
export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  const fold = (u: string | null | undefined) => {
    if (!u) return "";
    const s = u.normalize("NFKC").replace(/\s/g, "");
    return isPercentUnit(s) && s !== "‰" && !s.includes("百分点") ? "%" : s;
  };
  return fold(a) === fold(b);
}

/** Longest run of CJK characters (or letters/digits) shared by both names. */
export function longestCommonSubstring(a: string, b: string): string {
  let best = "";
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best.length + 1; j <= a.length; j++) {
      const sub = a.slice(i, j);
      if (b.includes(sub)) best = sub;
      else break;
    }
  }
  return best;
}

/** A value or quantity for messages: operator, number and unit as the table wrote them. */
export function describeTarget(ind: {
  operatorRaw: string | null;
  operator: string | null;
  valueRaw: string | null;
  value: number | string | null;
  unit: string | null;
}): string {
  const v = (ind.valueRaw ?? (ind.value === null ? "" : String(ind.value))).trim();
  // "≥80M": the operator is already part of the value as written.
  const op = /^([<>=≤≥＜＞＝≦≧]|不低于|不高于|不少于|不超过|达到)/u.test(v) ? "" : (ind.operatorRaw ?? ind.operator ?? "");
  const unit = ind.unit && !v.includes(ind.unit) ? ind.unit : "";
  return `${op}${op ? " " : ""}${v}${unit ? " " + unit : ""}`.trim();
}
