/**
 * The value grammar: a target cell → operator, number (or range), unit, or text.
 *
 *   "≥95%"  "95%以上"  "不低于95%"  "=300天"  "≦380万"  "1,234.5万元"  "≥70村"  "1130元/月/人"
 *   "90-95%"  "5500平方米-6500平方米"  "公里" (a unit alone)  "≧ %"  "≥**%" (a placeholder)  "稳步提高"
 *
 * One grammar for the whole project: the locator scores cells with it, the normalizer fills records from
 * it and the rules read its results. Pure; never throws.
 */
import type { Cell } from "../model/grid.js";
import type { ParsedValue } from "../model/value.js";
import { memo } from "../model/memo.js";
import { foldSymbols, stripPinyin, toSimplified } from "./fold.js";
import { leadingChineseNumber, leadingNumber, tidy } from "./number.js";
import { APPROXIMATE_PREFIX, APPROXIMATE_SUFFIX, leadingOperator, trailingOperator } from "./operator.js";
import { parseUnit, parseUnitTail } from "./unit.js";

const EMPTY: ParsedValue = {
  raw: "",
  kind: "empty",
  operator: null,
  operatorRaw: null,
  number: null,
  range: null,
  unit: null,
  unitInfo: null,
  approximate: false,
  text: null,
};

/** Template placeholders: ≥**%, XX, ×× 万元, ……, 待填. */
const PLACEHOLDER = /^[<>=≥≤≧≦]*\s*(\*+|＊+|[xX×]{1,3}|…+|\.{3,}|待填|待定|待补充|\?+)\s*[^\d\s]{0,6}$/u;

/**
 * A date or period written as a value (2023年12月, 2023-12-31, 2023.07-2024.01, 202001-202012): text, not a
 * number. Only plausible budget years with a real month count: 1900.01 and 2023.45 are amounts.
 */
const DATE_START = /^(?:199\d|20[0-4]\d)(?:\s*年|[-./]\s*(?:0?[1-9]|1[0-2])(?!\d)|(?:0[1-9]|1[0-2])(?:[0-3]\d)?(?:$|[-~至到]))/u;

const RANGE_SEPARATOR = /^\s*[-~至到]\s*/u;

/** Words an operator spelled in words leaves in a qualitative value ("达到预期", "不超过预算" are text). */
const WORDY = /[\u4e00-\u9fff]/u;

function foldForMatch(raw: string): string {
  const folded = foldSymbols(raw);
  const simple = toSimplified(folded);
  // Character-level folding keeps positions unless a character leaves the BMP; then match on the symbols only.
  return simple.length === folded.length ? simple : folded;
}

function value(raw: string, patch: Partial<ParsedValue>): ParsedValue {
  return { ...EMPTY, raw, ...patch };
}

function textValue(raw: string): ParsedValue {
  return value(raw, { kind: "text", text: raw });
}

export const parseValue = memo((input: string): ParsedValue => {
  try {
    return parse(String(input ?? ""));
  } catch {
    const raw = String(input ?? "").trim();
    return raw ? textValue(raw) : { ...EMPTY };
  }
});

function parse(input: string): ParsedValue {
  const written = input.trim();
  // Mirror sites print pinyin after characters (60萬(wàn)度): read the value without it, keep the text as written.
  const raw = stripPinyin(written).replace(/[。；;，,]+$/u, "");
  if (!raw) return { ...EMPTY };
  const out = parseClean(raw);
  return written === raw ? out : { ...out, raw: written, text: out.text === null ? null : written };
}

function parseClean(raw: string): ParsedValue {
  const f = foldForMatch(raw);
  if (PLACEHOLDER.test(f)) return value(raw, { kind: "placeholder", text: raw, operator: leadingOperator(f)?.[0] ?? null });
  let i = 0;
  let approximate = false;
  for (const w of APPROXIMATE_PREFIX) {
    if (f.startsWith(w)) {
      approximate = true;
      i = w.length;
      break;
    }
  }
  const skip = () => {
    while (i < f.length && /\s/.test(f[i])) i++;
  };
  skip();
  const lead = leadingOperator(f.slice(i));
  let operator = lead?.[0] ?? null;
  let operatorRaw = lead ? raw.slice(i, i + lead[1]) : null;
  if (lead) i += lead[1];
  skip();
  const rest = f.slice(i);
  const restRaw = raw.slice(i);
  if (!rest) return value(raw, { kind: "operator-only", operator, operatorRaw });
  if (DATE_START.test(rest)) return textValue(raw);

  const num = leadingNumber(rest) ?? chineseCount(rest);
  if (num) {
    let tail = rest.slice(num.length).trim();
    let tailRaw = restRaw.slice(num.length).trim();
    const range = rangeOf(num.value, tail, tailRaw);
    if (range) return value(raw, { kind: "range", operator, operatorRaw, range: range.range, unit: range.unit, unitInfo: range.unit ? parseUnit(range.unit) : null, approximate });
    const trail = trailingOperator(tail);
    if (trail) {
      if (!operator) {
        operator = trail[0];
        operatorRaw = tailRaw.slice(tailRaw.length - trail[1]);
      }
      tail = tail.slice(0, -trail[1]).trim();
      tailRaw = tailRaw.slice(0, -trail[1]).trim();
    }
    // "≥3个(含)", "≥95%（含）": the bound is inclusive, as the operator already says.
    if (operator && tail.endsWith("(含)")) {
      tail = tail.slice(0, -3).trim();
      tailRaw = tailRaw.slice(0, -3).trim();
    }
    for (const w of APPROXIMATE_SUFFIX) {
      if (tail.endsWith(w)) {
        approximate = true;
        tail = tail.slice(0, -w.length).trim();
        tailRaw = tailRaw.slice(0, -w.length).trim();
      }
    }
    if (tail === "") return value(raw, { kind: "number", operator, operatorRaw, number: num.value, approximate });
    const unitInfo = parseUnitTail(tailRaw);
    if (unitInfo) return value(raw, { kind: "number", operator, operatorRaw, number: num.value, unit: tailRaw, unitInfo, approximate });
    return textValue(raw);
  }
  const unitInfo = parseUnit(restRaw);
  if (unitInfo) return value(raw, { kind: "unit-only", operator, operatorRaw, unit: restRaw.trim(), unitInfo });
  // "≥良好" keeps a symbol operator; "达到预期", "不超过预算": the words belong to the text.
  if (operator && !WORDY.test(operatorRaw ?? "")) return value(raw, { kind: "text", operator, operatorRaw, text: restRaw.trim() });
  return textValue(raw);
}

/** "三个", "两次", "十二个月": a Chinese numeral counts only when a unit follows it. */
function chineseCount(rest: string): { value: number; length: number } | null {
  const n = leadingChineseNumber(rest);
  if (!n) return null;
  const tail = rest.slice(n.length).trim();
  const u = tail ? parseUnitTail(tail) : null;
  // 十分满意 is not ten points; a bare numeral (一流) is not a count.
  return u && u.family !== "score" && u.family !== "grade" && u.family !== "percent" ? n : null;
}

/** "90-95%", "90%-95%", "5500平方米-6500平方米", "1至2个": both ends, one unit. */
function rangeOf(min: number, tail: string, tailRaw: string): { range: { min: number; max: number }; unit: string | null } | null {
  const sep = /[-~至到]/u.exec(tail);
  if (!sep) return null;
  const unit1 = tail.slice(0, sep.index).trim();
  const after = tail.slice(sep.index).replace(RANGE_SEPARATOR, "");
  const second = leadingNumber(after);
  if (!second) return null;
  const unit2Raw = tailRaw.slice(tailRaw.length - (after.length - second.length)).trim();
  const unit2 = after.slice(second.length).trim();
  if (unit1 && !parseUnit(unit1)) return null;
  if (unit2 && !parseUnit(unit2)) return null;
  if (unit1 && unit2 && parseUnit(unit1)!.canonical !== parseUnit(unit2)!.canonical) return null;
  if (second.value < min) return null;
  const unit = unit2 ? unit2Raw : unit1 ? tailRaw.slice(0, sep.index).trim() : null;
  return { range: { min, max: second.value }, unit };
}

/**
 * A value cell: numbers stay numbers; a 0.95 with a % number format is 95 %; a number displayed with a unit
 * or operator by its format ("≥95", "95个") reads as displayed; TRUE/FALSE are 是/否.
 */
export function parseValueCell(cell: Cell | undefined, text: string): ParsedValue {
  if (cell && cell.t === "n" && typeof cell.v === "number" && Number.isFinite(cell.v)) {
    const shown = cell.w ?? String(cell.v);
    if (cell.z && cell.z.includes("%")) {
      return value(shown, { kind: "number", number: tidy(cell.v * 100), unit: "%", unitInfo: parseUnit("%") });
    }
    if (cell.w && /[^\d.,\s+-]/.test(cell.w)) {
      const p = parseValue(cell.w);
      if (p.kind === "number") return p;
    }
    return value(shown, { kind: "number", number: cell.v });
  }
  if (cell && cell.t === "b") return textValue(cell.v ? "是" : "否");
  return parseValue(text);
}
