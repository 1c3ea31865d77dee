/** Everything pbm writes goes to a temp file next to the target, then is renamed over it. */
import { renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export function writeAtomic(target: string, data: string | Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
