/** Where pbm fix writes, and how: a temp file in the target folder, then rename — never a half-written file. */
import { randomBytes } from "node:crypto";
import { existsSync, realpathSync } from "node:fs";
import { chmod, open, rename, stat, unlink } from "node:fs/promises";
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

/** The same file on disk (symlinks and `..` resolved); a missing file compares by its resolved path. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

export async function writeAtomic(target: string, data: Uint8Array | string, mode?: number): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fh = await open(tmp, "wx", mode ?? 0o666);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

export async function fileMode(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch {
    return undefined;
  }
}
