/**
 * Shared by the audit end-to-end tests: compile once, run the real binary.
 *
 * The build goes to a private copy (node_modules/.cache/pbm-audit-test/{bin,dist}) rather than
 * dist/: several people and test files rebuild dist/ at any moment, and a worker that loads a
 * half-written dist/ would fail for reasons that have nothing to do with the audit. The copy is
 * the same `tsc -p .` output and the same bin/pbm.js, resolving packages from the repo's node_modules.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = path.join(ROOT, "node_modules", ".cache", "pbm-audit-test");
let bin = path.join(OUT, "bin", "pbm.js");

/** True when every TypeScript file under src/ has a compiled copy in `dist` at least as new. */
function isFresh(dist: string, dir = path.join(ROOT, "src")): boolean {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!isFresh(dist, p)) return false;
    } else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) {
      const out = path.join(dist, path.relative(path.join(ROOT, "src"), p)).replace(/\.ts$/, ".js");
      if (!existsSync(out) || statSync(out).mtimeMs < statSync(p).mtimeMs) return false;
    }
  }
  return true;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Compiles into the private copy unless it is up to date; test files running in parallel take turns. */
export function build(): void {
  // In CI nothing rebuilds dist/ behind our back: use it when `npm test` has just built it.
  if (process.env.CI && isFresh(path.join(ROOT, "dist"))) {
    bin = path.join(ROOT, "bin", "pbm.js");
    return;
  }
  const lock = `${OUT}.lock`;
  mkdirSync(path.dirname(OUT), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than 5 minutes was left by a killed run.
      if (waited > 300_000 || Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    const dist = path.join(OUT, "dist");
    if (!isFresh(dist)) spawnSync("npx", ["tsc", "-p", ".", "--outDir", dist, "--declaration", "false"], { cwd: ROOT, stdio: "ignore" });
    mkdirSync(path.join(OUT, "bin"), { recursive: true });
    for (const f of readdirSync(path.join(ROOT, "bin"))) copyFileSync(path.join(ROOT, "bin", f), path.join(OUT, "bin", f));
    writeFileSync(path.join(OUT, "package.json"), '{ "type": "module", "private": true }\n');
    if (!existsSync(path.join(dist, "audit", "worker.js"))) throw new Error(`build failed: ${dist}/audit/worker.js missing`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The binary the helpers run (after build()): for tests that spawn it themselves. */
export const BIN_FOR_TESTS = (): string => bin;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function pbm(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
