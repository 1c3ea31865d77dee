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

export function groupOf(input: AuditInput, by: GroupBy): string {
  if (by === "file") return input.path;
  if (by === "department") {
    for (const t of input.tables) {
      const d = cleanName(t.department) || cleanName(t.implementer) || (t.kind === "department" ? cleanName(t.name) : "");
      if (d) return d;
    }
    const folder = folderOf(input.path);
    return folder.slice(folder.lastIndexOf("/") + 1) || ".";
  }
  return folderOf(input.path);
}
