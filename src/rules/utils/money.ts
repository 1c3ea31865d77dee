/**
 * Money amounts: parse them out of text, convert between 元 / 万元 / 亿元 and compare
 * with a tolerance, so 10317000 元 and 1031.7 万元 are the same amount and 12357 亿元
 * is ten thousand times 12357 万元.
 */
import { numbersInText } from "./text.js";

const FACTORS: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 百万元: 1e6, 亿元: 1e8, 万: 1e4, 亿: 1e8 };

export type MoneyUnit = "元" | "千元" | "万元" | "百万元" | "亿元";

/** The factor to 元 of a money unit ("万元" → 10000); undefined for anything else (元/人, %). */
export function moneyFactor(unit: string | null | undefined): number | undefined {
  if (!unit) return undefined;
  return FACTORS[unit.normalize("NFKC").replace(/\s/g, "").replace(/^人民币/, "")];
}

export function isMoneyUnit(unit: string | null | undefined): boolean {
  return moneyFactor(unit) !== undefined;
}

/** amount in `unit` → 元; undefined when the unit is not a money unit. */
export function toYuan(amount: number, unit: string | null | undefined): number | undefined {
  const f = moneyFactor(unit);
  return f === undefined ? undefined : amount * f;
}

/** Convert between money units (3 亿元 → 30000 万元). */
export function convertMoney(amount: number, from: string, to: string): number | undefined {
  const a = moneyFactor(from);
  const b = moneyFactor(to);
  return a === undefined || b === undefined ? undefined : (amount * a) / b;
}

/** Equal within a relative tolerance (default one part in a million) — float-safe for 1031.7 × 10⁴. */
export function sameAmount(a: number, b: number, relTol = 1e-6): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= relTol * Math.max(Math.abs(a), Math.abs(b));
}

/** k when a / b is 10^k within the tolerance (k ≠ 0 means a unit slip), else undefined. */
export function powerOfTenRatio(a: number, b: number, relTol = 1e-6): number | undefined {
  if (a <= 0 || b <= 0) return undefined;
  const k = Math.round(Math.log10(a / b));
  return sameAmount(a, b * 10 ** k, relTol) ? k : undefined;
}

export interface MoneyMention {
  amount: number;
  unit: MoneyUnit;
  yuan: number;
  /** The number as written ("12357"). */
  digits: string;
  /** The mention as written in the NFKC text ("12357 亿元"). */
  text: string;
  start: number;
  end: number;
}

/** Every money amount in a text: "合计 12357 亿元", "3亿元", "2270 万元", "10317000 元". */
export function moneyInText(text: string): MoneyMention[] {
  const s = text.normalize("NFKC");
  const out: MoneyMention[] = [];
  for (const n of numbersInText(s)) {
    if (!n.unit || !isMoneyUnit(n.unit)) continue;
    out.push({
      amount: n.value,
      unit: n.unit as MoneyUnit,
      yuan: n.value * moneyFactor(n.unit)!,
      digits: n.digits,
      text: s.slice(n.start, n.end),
      start: n.start,
      end: n.end,
    });
  }
  return out;
}

/** A readable amount in the biggest unit that keeps it ≥ 1 (2560512000 元 → "25.61 亿元"). */
export function formatMoney(yuan: number): string {
  const [value, unit] = yuan >= 1e8 ? [yuan / 1e8, "亿元"] : yuan >= 1e4 ? [yuan / 1e4, "万元"] : [yuan, "元"];
  return `${trimNumber(value)} ${unit}`;
}

/** A number for messages: at most 2 decimals, no trailing zeros. */
export function trimNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The table budget in 元, with the declared 单位 (or 万元, the universal table unit) when the cell has none. */
export function budgetYuan(table: {
  budget: { amount: number | null; unit: string | null } | null;
  declaredUnit: string | null;
}): number | undefined {
  const b = table.budget;
  if (!b || b.amount === null || !(b.amount > 0)) return undefined;
  return toYuan(b.amount, b.unit ?? table.declaredUnit ?? "万元");
}
