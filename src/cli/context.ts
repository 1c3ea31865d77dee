import type { Lang } from "../model/finding.js";

/** What a command may touch of the process; tests pass their own. */
export interface CliIO {
  /** columns: the terminal's width when stdout is one (process.stdout has it). */
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface CliContext extends CliIO {
  /** Set by the command's action; main() returns it. 0 clean, 1 findings, 2 usage/config/internal. */
  exitCode: number;
  debug: boolean;
}

export const EXIT = { OK: 0, FINDINGS: 1, FATAL: 2 } as const;

/** The width text reports may take: the terminal's, or 80 for a pipe, a file or a terminal that does not say. */
export function outputWidth(stdout: CliIO["stdout"], toFile: boolean): number {
  return !toFile && stdout.isTTY === true && typeof stdout.columns === "number" && stdout.columns > 0 ? stdout.columns : 80;
}

export function parseLang(value: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const v = (value ?? env.PBM_LANG ?? "zh").toLowerCase();
  return v.startsWith("en") ? "en" : "zh";
}

/** A usage or config problem: main() prints the message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
