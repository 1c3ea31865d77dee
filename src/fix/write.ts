/** Where pbm fix writes: the names of fixed copies and backups (the writing itself is src/api/write-file.ts). */
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

/** `a.xlsx` → `a.fixed.xlsx`; `a` → `a.fixed`. */
export function siblingPath(file: string, tag: string, ext?: string): string {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const own = dot > 0 ? base.slice(dot) : "";
  return path.join(dir, `${stem}.${tag}${ext ?? own}`);
}

/** `a.bak.xlsx`, or `a.bak.1.xlsx` … when earlier backups exist: a backup is never overwritten. */
export function backupPath(file: string): string {
  let candidate = siblingPath(file, "bak");
  for (let i = 1; existsSync(candidate); i++) candidate = siblingPath(file, `bak.${i}`);
  return candidate;
}

export async function fileMode(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch {
    return undefined;
  }
}
