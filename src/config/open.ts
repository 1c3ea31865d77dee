/**
 * loadConfig for the CLI and audit: the file's parser (yaml or jsonc-parser, with load.ts) and the validation
 * (zod, with resolve.ts) are imported only when there is a file or a --rule flag to check, so a run on the
 * defaults starts without them (cold start, bench (c)). With either, it validates exactly as loadConfig does.
 */
import path from "node:path";
import { findConfigFile } from "./find.js";
import type { LoadConfigOptions } from "./load.js";
import { defaultConfig } from "./defaults.js";
import type { ResolvedConfig } from "./types.js";

export async function openConfig(opts: LoadConfigOptions): Promise<ResolvedConfig> {
  const file = opts.configPath ? path.resolve(opts.cwd, opts.configPath) : findConfigFile(opts.cwd);
  if (file) {
    const { loadConfig } = await import("./load.js");
    return loadConfig({ ...opts, configPath: file });
  }
  if (opts.cliRules && Object.keys(opts.cliRules).length) {
    const { resolveConfig } = await import("./resolve.js");
    return resolveConfig(null, { cliRules: opts.cliRules, budgetYear: opts.budgetYear, baseDir: opts.cwd });
  }
  return defaultConfig({ baseDir: opts.cwd, budgetYear: opts.budgetYear });
}
