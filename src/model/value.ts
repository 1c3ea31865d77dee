/**
 * What the value grammar (src/grammar) makes of a cell text: the operator, the number or range,
 * the unit with its family and scale, a date. The reader, the normalizer and the rules all read
 * values through this one grammar, so "≥95%", "95%以上" and "不低于95%" mean the same everywhere.
 */
import type { Operator } from "./records.js";

/** What a unit measures. Units of one family compare after scaling (万人 = 10⁴ 人, 公里 = 10³ 米). */
export type UnitFamily =
  | "percent"
  | "permille"
  | "percentage-point"
  | "money"
  /** 万 or 亿 alone: a magnitude with no counter ("≦380万"), money or people only the context tells. */
  | "magnitude"
  | "people"
  | "household"
  | "count"
  | "place"
  | "area"
  | "length"
  | "volume"
  | "weight"
  | "energy"
  | "time"
  | "score"
  | "grade"
  | "multiple"
  | "data";

export interface UnitInfo {
  /** As written, trimmed ("万户", "百分比", "元/人/年", "个行政村"). */
  raw: string;
  /** Standard spelling: "%" for 百分比 / ％, "平方米" for ㎡, otherwise the text without spaces. */
  canonical: string;
  family: UnitFamily;
  /** Factor to the family's base unit (元, 人, 户, 个, 平方米, 米, 立方米, 千克, 千瓦时, 天 …): 万元 → 10⁴, 公里 → 10³. */
  scale: number;
  /** The counter word the unit is built on: 户 in 万户, 个 in 个行政村, 元 in 元/人/年. */
  counter: string;
  /** The per-parts of a compound unit: 元/人/年 → ["人", "年"]; [] for a simple unit. */
  per: string[];
}

export type ValueKind =
  | "empty"
  /** A number with optional operator and unit: ">= 95 %", "300天", "1,234.5万元". */
  | "number"
  /** Two numbers: "90-95%", "5500平方米-6500平方米". */
  | "range"
  /** An operator with nothing after it: "≥", "≧ %" has a unit too (kind "unit-only" then). */
  | "operator-only"
  /** A unit and no number: "公里", "≧ %". */
  | "unit-only"
  /** A template placeholder left in: "≥**%", "XX", "……", "待填". */
  | "placeholder"
  /** Anything else: qualitative words (良好, 稳步提高, 是), sentences, dates (see `date`). */
  | "text";

export interface ParsedValue {
  /** The text as written, trimmed. */
  raw: string;
  kind: ValueKind;
  operator: Operator | null;
  /** The operator as written ("≥", "不低于", "以上"). */
  operatorRaw: string | null;
  /** The target number (kind "number"). */
  number: number | null;
  /** Both ends (kind "range"). */
  range: { min: number; max: number } | null;
  /** The unit as written; null when there is none. */
  unit: string | null;
  unitInfo: UnitInfo | null;
  /** "约", "左右": the target is approximate. */
  approximate: boolean;
  /** The text of a text/placeholder value, as written. */
  text: string | null;
}

/** A calendar date as precise as it was written: 2023 年 12 月 has no day. */
export interface DatePoint {
  year: number;
  month: number | null;
  day: number | null;
}

/** A date or a period as written: "2023年12月", "2023.07-2024.01", "12月底" (year from the table). */
export interface DateSpan {
  start: DatePoint | null;
  end: DatePoint;
  /** The year was not written ("12月底", "年底") and came from the table's year. */
  yearless: boolean;
}

/** A number mentioned in free text (goal texts), with the unit right after it. */
export interface NumberMention {
  value: number;
  /** The unit as written right after the number ("亿元", "个", "%"), or null. */
  unit: string | null;
  unitInfo: UnitInfo | null;
  /** The number as written, without separators ("12357", "40.87"). */
  digits: string;
  /** Offsets of the whole mention (number and unit) in the NFKC text. */
  start: number;
  end: number;
}
