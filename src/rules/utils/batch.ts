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

/** The files of a batch in path order, with identical copies (same bytes) after the first left out. */
export function uniqueFiles<T extends { path: string; sha256: string | null; bytes: number | null }>(inputs: readonly T[]): { sorted: T[]; unique: T[]; firstCopy: Map<string, string> } {
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const firstByHash = new Map<string, string>();
  const firstCopy = new Map<string, string>();
  for (const f of sorted) {
    // Empty files are reported as empty; that two are "identical" says nothing more.
    if (!f.sha256 || f.bytes === 0) continue;
    const first = firstByHash.get(f.sha256);
    if (first === undefined) firstByHash.set(f.sha256, f.path);
    else firstCopy.set(f.path, first);
  }
  return { sorted, unique: sorted.filter((f) => !firstCopy.has(f.path)), firstCopy };
}
