/**
 * Splitting an indicator value into operator, number/text and unit:
 * "≥95%", "95%以上", "不低于90%", "≦380万", "<=100", "1,234.5万元", "良好".
 * Pure; never throws.
 */
import type { Cell } from "../model/grid.js";
import type { Operator } from "../model/records.js";
import { foldSymbols, isUnitLike, PREFIX_OPERATORS, SUFFIX_OPERATORS } from "../locate/shapes.js";

export interface ParsedValue {
  operator: Operator | null;
  /** The operator as written, from the original text. */
  operatorRaw: string | null;
  value: number | string | null;
  unit: string | null;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^[+-]?\.\d+/;

const EMPTY: ParsedValue = { operator: null, operatorRaw: null, value: null, unit: null };

export function parseValue(text: string): ParsedValue {
  try {
    return split(String(text ?? ""));
  } catch {
    return { ...EMPTY, value: String(text ?? "").trim() || null };
  }
}

function split(original: string): ParsedValue {
  const raw = original.trim();
  if (!raw) return { ...EMPTY };
  const folded = foldSymbols(raw);
  let i = 0;
  let operator: Operator | null = null;
  let operatorRaw: string | null = null;
  for (const [sym, op] of PREFIX_OPERATORS) {
    if (folded.startsWith(sym)) {
      operator = op;
      operatorRaw = raw.slice(0, sym.length);
      i = sym.length;
      break;
    }
  }
  while (i < folded.length && /\s/.test(folded[i])) i++;
  const restFolded = folded.slice(i);
  const restRaw = raw.slice(i);
  if (!restFolded) return { operator, operatorRaw, value: null, unit: null };
  const m = NUMBER.exec(restFolded);
  if (m) {
    const num = Number(m[0].replace(/,/g, ""));
    let tailFolded = restFolded.slice(m[0].length).trim();
    let tailRaw = restRaw.slice(m[0].length).trim();
    for (const [word, op] of SUFFIX_OPERATORS) {
      if (tailFolded.endsWith(word)) {
        if (!operator) {
          operator = op;
          operatorRaw = tailRaw.slice(tailRaw.length - word.length);
        }
        tailFolded = tailFolded.slice(0, -word.length).trim();
        tailRaw = tailRaw.slice(0, -word.length).trim();
        break;
      }
    }
    if (Number.isFinite(num) && (tailFolded === "" || isUnitLike(tailFolded))) {
      return { operator, operatorRaw, value: num, unit: tailRaw === "" ? null : tailRaw };
    }
  }
  // Qualitative (良好, 促进发展, 达到预期) or a number with words around it (2023年12月, 12月底).
  // Only a symbol keeps its operator before text ("≥良好"); words like 达到 are part of the text.
  if (operator && m === null && !/[\u4e00-\u9fff]/.test(operatorRaw ?? "")) return { operator, operatorRaw, value: restRaw, unit: null };
  return { operator: null, operatorRaw: null, value: raw, unit: null };
}

/** The operator of an operator column cell ("≥", "＝", "大于等于"); null for 定性 or empty. */
export function parseOperatorCell(text: string): { operator: Operator | null; operatorRaw: string | null } {
  const raw = text.trim();
  if (!raw) return { operator: null, operatorRaw: null };
  const folded = foldSymbols(raw).replace(/\s+/g, "");
  for (const [sym, op] of PREFIX_OPERATORS) if (folded === sym) return { operator: op, operatorRaw: raw };
  for (const [sym, op] of SUFFIX_OPERATORS) if (folded === sym) return { operator: op, operatorRaw: raw };
  return { operator: null, operatorRaw: raw };
}

/** Rounds away binary noise (0.95 × 100 = 95.00000000000001). */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** A value cell: numbers stay numbers; a 0.95 with a % number format is 95 %. */
export function parseValueCell(cell: Cell | undefined, text: string): ParsedValue {
  if (cell && cell.t === "n" && typeof cell.v === "number" && Number.isFinite(cell.v)) {
    if (cell.z && cell.z.includes("%")) return { operator: null, operatorRaw: null, value: tidy(cell.v * 100), unit: "%" };
    if (cell.w && /[^\d.,\s+-]/.test(cell.w)) {
      // Displayed with a unit or operator by its format ("≥95", "95个"): read what people see.
      const p = parseValue(cell.w);
      if (typeof p.value === "number") return p;
    }
    return { operator: null, operatorRaw: null, value: cell.v, unit: null };
  }
  if (cell && cell.t === "b") return { ...EMPTY, value: cell.v ? "是" : "否" };
  return parseValue(text);
}
