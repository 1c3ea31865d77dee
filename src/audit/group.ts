/** Which group (department, folder or file) a file's results are counted under. */
import type { AuditInput, GroupBy } from "../model/audit.js";

/** "沈阳市科学技术局-" → "沈阳市科学技术局": exports often pad names with dashes and spaces. */
export function cleanName(s: string | null | undefined): string {
  return (s ?? "").normalize("NFKC").replace(/\s+/g, "").replace(/^[-—_]+|[-—_]+$/g, "");
}

function folderOf(p: string): string {
  const i = p.lastIndexOf("/");
  return i < 0 ? "." : p.slice(0, i);
}

/** The department a table names: 主管部门, else 实施单位, else a 部门整体 table's own name. */
export function tableDepartment(t: AuditInput["tables"][number]): string {
  return cleanName(t.department) || cleanName(t.implementer) || (t.kind === "department" ? cleanName(t.name) : "");
}

/** The department a file's own tables name (the first table that names one). */
function ownDepartment(input: AuditInput): string | null {
  for (const t of input.tables) {
    const d = tableDepartment(t);
    if (d) return d;
  }
  return null;
}

/**
 * Group name of every input. A file that names no department (unreadable, no table found)
 * goes with the department most files of its folder name, else under its folder's name.
 */
export function groupAll(inputs: AuditInput[], by: GroupBy): Map<string, string> {
  const out = new Map<string, string>();
  if (by !== "department") {
    for (const i of inputs) out.set(i.path, by === "file" ? i.path : folderOf(i.path));
    return out;
  }
  const votes = new Map<string, Map<string, number>>();
  for (const i of inputs) {
    const d = ownDepartment(i);
    if (!d) continue;
    out.set(i.path, d);
    const v = votes.get(folderOf(i.path)) ?? new Map<string, number>();
    v.set(d, (v.get(d) ?? 0) + 1);
    votes.set(folderOf(i.path), v);
  }
  for (const i of inputs) {
    if (out.has(i.path)) continue;
    const folder = folderOf(i.path);
    const best = [...(votes.get(folder) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    out.set(i.path, best ? best[0] : folder.slice(folder.lastIndexOf("/") + 1) || ".");
  }
  return out;
}
