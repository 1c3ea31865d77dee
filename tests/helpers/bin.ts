/** Run the real binary (dist/ is built by tests/global-setup.ts). */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = path.join(ROOT, "bin", "pbm.js");

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function pbm(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number } = {}): BinResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: opts.timeout ?? 120_000,
    env: { ...process.env, NO_COLOR: "1", PBM_LANG: "", ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
