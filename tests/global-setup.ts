/**
 * Builds dist/ once before the test files run, so tests that spawn bin/pbm.js test the
 * current source. `npm test` has already built; this keeps `npx vitest run <file>` honest too.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  try {
    execFileSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."], { cwd: root, stdio: "pipe" });
  } catch (e) {
    // tsc still emits with type errors (noEmitOnError false); `npm test` type-checks separately.
    const out = String((e as { stdout?: Buffer }).stdout ?? "");
    if (!/error TS/.test(out)) throw e;
  }
}
