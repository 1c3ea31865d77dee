/**
 * loadConfig for the CLI and audit: the file's parser (yaml or jsonc-parser, with load.ts) is imported only
 * when there is a file to parse, so a run on the defaults starts without them (cold start, bench (c)).
 * With a file or --rule flags the config is validated exactly as loadConfig does.
 */
import path from "node:path";
import { findConfigFile } from "./find.js";
import type { LoadConfigOptions } from "./load.js";
import { resolveConfig } from "./resolve.js";
import type { ResolvedConfig } from "./types.js";

export async function openConfig(opts: LoadConfigOptions): Promise<ResolvedConfig> {
  const file = opts.configPath ? path.resolve(opts.cwd, opts.configPath) : findConfigFile(opts.cwd);
  if (file) {
    const { loadConfig } = await import("./load.js");
    return loadConfig({ ...opts, configPath: file });
  }
  return resolveConfig(null, { cliRules: opts.cliRules, budgetYear: opts.budgetYear, baseDir: opts.cwd });
}
