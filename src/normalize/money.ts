/** Budget amounts: "12357" under 单位：万元, "164万元", "1,031.7", "500（万元）", a number cell. */
import type { Cell } from "../model/grid.js";
import type { Money } from "../model/records.js";
import { moneyFactor, parseValue } from "../grammar/index.js";

export function parseMoney(cell: Cell | undefined, text: string, cellRef: string | null, fallbackUnit: string | null): Money {
  if (cell && cell.t === "n" && typeof cell.v === "number") {
    return { amount: Number.isFinite(cell.v) ? cell.v : null, unit: fallbackUnit, text, cell: cellRef };
  }
  const p = parseValue(text);
  if (p.kind === "number" && p.number !== null && !p.operator) {
    // "500（万元）": the unit may come in brackets.
    const inline = p.unit ? p.unit.replace(/^[(（](.*)[)）]$/u, "$1").trim() : null;
    if (!inline) return { amount: p.number, unit: fallbackUnit, text, cell: cellRef };
    if (moneyFactor(inline) !== undefined) return { amount: p.number, unit: inline.replace(/^人民币/u, ""), text, cell: cellRef };
    // "380万": 万 alone in a money field means 万元.
    if (inline === "万" || inline === "亿") return { amount: p.number, unit: `${inline}元`, text, cell: cellRef };
  }
  return { amount: null, unit: fallbackUnit, text, cell: cellRef };
}
