/** Shared by the audit end-to-end tests: build once, run the real binary. */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = path.join(ROOT, "bin", "pbm.js");

/** True when every TypeScript file under src/ has a compiled copy under dist/ at least as new. */
function distIsFresh(dir = path.join(ROOT, "src")): boolean {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!distIsFresh(p)) return false;
    } else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) {
      const out = path.join(ROOT, "dist", path.relative(path.join(ROOT, "src"), p)).replace(/\.ts$/, ".js");
      if (!existsSync(out) || statSync(out).mtimeMs < statSync(p).mtimeMs) return false;
    }
  }
  return true;
}

/** `npx tsc -p .` unless dist/ is already newer than src/ (tsc emits even when other parts have type errors). */
export function build(): void {
  if (!distIsFresh()) spawnSync("npx", ["tsc", "-p", "."], { cwd: ROOT, stdio: "ignore" });
  if (!existsSync(path.join(ROOT, "dist", "audit", "worker.js"))) throw new Error("build failed: dist/audit/worker.js missing");
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function pbm(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
