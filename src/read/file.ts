/**
 * The Node side of the reader: a file on disk → Workbook. Checks what the file system can tell before
 * the bytes are read (a folder, not a regular file, empty, over the size limit), then hands the bytes
 * to the pure reader (bytes.ts).
 */
import { lstatSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { ReadError, type Workbook } from "../model/grid.js";
import { readBytes, tooLarge, useCodepages } from "./bytes.js";
import { resolveLimits, type ReadLimits } from "./limits.js";

// Required on the first .xls only, not imported: the tables cost start-up that xlsx and CSV never need.
useCodepages(() => createRequire(import.meta.url)("xlsx/dist/cpexcel.js"));

export async function readWorkbook(path: string, limits?: Partial<ReadLimits>): Promise<Workbook> {
  const lim = resolveLimits(limits);
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: files are read one after another (or one per worker), and a
    // thread-pool round trip per call cost more than the read itself (~0.5 ms vs 0.03 ms per file).
    const st = statSync(path);
    if (st.isDirectory()) throw new ReadError("is-directory", { file: path });
    if (!st.isFile()) throw new ReadError("io", { file: path, reason: "不是普通文件" });
    if (st.size === 0) throw new ReadError("empty", { file: path });
    if (st.size > lim.maxFileBytes) throw tooLarge(path, "文件大小", st.size, lim.maxFileBytes);
    bytes = readFileSync(path);
  } catch (e) {
    throw fsError(e, path);
  }
  return readBytes(bytes, path, lim);
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Node's fs error → the reader's own code and reason (exported for the tests of the mapping). */
export function fsError(e: unknown, file: string): ReadError {
  if (e instanceof ReadError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason = e instanceof Error ? e.message : String(e);
  switch (code) {
    case "ENOENT":
      // A link whose target is gone is there to see in the folder; "not found" would puzzle whoever looks.
      return isLink(file) ? new ReadError("io", { file, reason: "符号链接指向的文件不存在" }) : new ReadError("not-found", { file });
    case "EISDIR":
      return new ReadError("is-directory", { file });
    case "ELOOP":
      return new ReadError("io", { file, reason: "符号链接循环" });
    case "EACCES":
    case "EPERM":
      return new ReadError("io", { file, reason: "没有读取权限" });
    case "ENAMETOOLONG":
      return new ReadError("io", { file, reason: "文件名过长" });
    case "ERR_FS_FILE_TOO_LARGE":
      return new ReadError("too-large", { file, what: "文件大小", actual: "> 2 GB", limit: "2 GB" });
    default:
      return new ReadError("io", { file, reason });
  }
}
