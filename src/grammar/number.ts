/**
 * Numbers as written in cells: 1,234.5 and 1234.5, .5, full-width digits (folded before), and the small
 * Chinese numerals of counts ("三个", "两次", "十二个月").
 */

/** A decimal number at the start of a string: "1,234.5", "95", ".5", "-3". */
export const LEADING_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^[+-]?\.\d+/;

export function leadingNumber(text: string): { value: number; length: number } | null {
  const m = LEADING_NUMBER.exec(text);
  if (!m) return null;
  const value = Number(m[0].replace(/,/g, ""));
  return Number.isFinite(value) ? { value, length: m[0].length } : null;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral up to 9999 at the start of the text ("十二" → 12, "两" → 2): value and length. */
export function leadingChineseNumber(text: string): { value: number; length: number } | null {
  let i = 0;
  let total = 0;
  let digit: number | null = null;
  while (i < text.length) {
    const ch = text[i];
    if (Object.hasOwn(DIGITS, ch)) {
      if (digit !== null) break;
      digit = DIGITS[ch];
    } else if (Object.hasOwn(SMALL_UNITS, ch)) {
      total += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else break;
    i++;
  }
  if (i === 0) return null;
  return { value: total + (digit ?? 0), length: i };
}

/** Rounds away binary noise (0.95 × 100 = 95.00000000000001). */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}
