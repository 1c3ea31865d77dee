/** What the batch rules share: names compared after folding, money compared with export rounding in mind, locations of a table's cells. */
import { parseA1 } from "../../model/a1.js";
import type { AuditTable } from "../../model/audit.js";
import type { Location } from "../../model/records.js";

/** A project, transfer or department name as compared across files: NFKC, no white space, no leading/trailing dashes. */
export function cleanName(s: string | null | undefined): string {
  return (s ?? "").normalize("NFKC").replace(/\s+/g, "").replace(/^[-—_]+|[-—_]+$/g, "");
}

/** Same budget within 0.01 万元 (100 元) or 0.1 %: exports round differently. */
export function sameMoney(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.01, 0.001 * Math.max(Math.abs(a), Math.abs(b)));
}

/** A cell of a table (its first cell when none is given). */
export function tableCell(t: AuditTable, cell?: string | null): Location | null {
  const ref = cell ?? t.range.split(":")[0];
  const p = ref ? parseA1(ref) : undefined;
  return p ? { sheet: t.sheet, row: p.r + 1, cell: ref } : null;
}

/** A budget in 万元 for messages: "150.5"; 未填 when the table states none. */
export function wan(n: number | null): string {
  return n === null ? "—" : String(+n.toFixed(4));
}

/** FNV-1a twice → a 52-bit number: a name's key in an index without keeping the name. */
export function hash52(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a * 2 ** 20 + (b & 0xfffff);
}
