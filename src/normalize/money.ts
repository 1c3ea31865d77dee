/** Budget amounts: "12357" under 单位：万元, "164万元", "1,031.7", a number cell. */
import type { Cell } from "../model/grid.js";
import type { Money } from "../model/records.js";
import { labelKey } from "../locate/text.js";
import { parseValue } from "./value.js";

const MONEY_UNITS: Record<string, string> = { 元: "元", 万元: "万元", 万: "万元", 亿元: "亿元", 亿: "亿元", 千元: "千元" };

/** The unit in a label like "预算资金情况（万元）" or "资金总额(单位:万元)". */
export function unitInLabel(label: string): string | null {
  const m = /\((?:单位[:：]?)?(万元|元|亿元|千元)\)/.exec(labelKey(label));
  return m ? m[1] : null;
}

export function parseMoney(cell: Cell | undefined, text: string, cellRef: string | null, fallbackUnit: string | null): Money {
  if (cell && cell.t === "n" && typeof cell.v === "number") {
    return { amount: Number.isFinite(cell.v) ? cell.v : null, unit: fallbackUnit, text, cell: cellRef };
  }
  const p = parseValue(text);
  if (typeof p.value === "number") {
    // "500（万元）": the unit may come in brackets.
    const inline = p.unit ? p.unit.replace(/^[(（]|[)）]$/g, "") : null;
    const unit = inline ? (MONEY_UNITS[inline] ?? null) : fallbackUnit;
    if (!inline || MONEY_UNITS[inline]) return { amount: p.value, unit, text, cell: cellRef };
  }
  return { amount: null, unit: fallbackUnit, text, cell: cellRef };
}
