/**
 * Everything pbm writes goes through here: temp file in the same folder, then rename, so a
 * reader never sees half a report and a crash leaves the old file intact. Input files are
 * never overwritten.
 */
import { linkSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export class OutputIsInputError extends Error {
  constructor(readonly file: string) {
    super(`refusing to overwrite input file ${file}`);
    this.name = "OutputIsInputError";
  }
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Would writing `target` overwrite one of `inputs` (same file after resolving links)? */
export function isInputFile(target: string, inputs: readonly string[]): boolean {
  const t = real(target);
  return inputs.some((i) => real(i) === t);
}

export interface WriteOptions {
  /** Files the output must not replace. */
  inputs?: readonly string[];
  /** Fail when the target exists (pbm init). */
  exclusive?: boolean;
}

export function writeFileAtomic(target: string, content: string | Uint8Array, opts: WriteOptions = {}): void {
  const abs = path.resolve(target);
  if (opts.inputs && isInputFile(abs, opts.inputs)) throw new OutputIsInputError(abs);
  const dir = path.dirname(abs);
  mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: "wx" });
    if (opts.exclusive) {
      // A hard link fails when the target exists, so a file created meanwhile is never replaced.
      linkSync(tmp, abs);
      rmSync(tmp, { force: true });
    } else {
      renameSync(tmp, abs);
    }
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
