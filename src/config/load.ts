/** Finds and reads the config file (pbm.config.json, .jsonc, .yaml or .yml), then resolves it (resolve.ts). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { findConfigFile } from "./find.js";
import { parseConfigText } from "./parse.js";
import { ConfigError } from "./error.js";
import { resolveConfig } from "./resolve.js";
import type { ResolvedConfig } from "./types.js";

export { CONFIG_FILE_NAME, CONFIG_FILE_NAMES, findConfigFile } from "./find.js";

export interface LoadConfigOptions {
  cwd: string;
  /** --config: this file, which must exist. */
  configPath?: string;
  /** --rule id:severity flags as typed; resolve.ts checks them with the config's own words. */
  cliRules?: Record<string, string>;
  budgetYear?: number;
}

export function loadConfig(opts: LoadConfigOptions): ResolvedConfig {
  const file = opts.configPath ? path.resolve(opts.cwd, opts.configPath) : findConfigFile(opts.cwd);
  const extra = { cliRules: opts.cliRules, budgetYear: opts.budgetYear };
  if (!file) return resolveConfig(null, { ...extra, baseDir: opts.cwd });
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : (err as Error).message;
    const reasonEn = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "it is a folder" : (err as Error).message;
    throw new ConfigError({ zh: `无法读取配置文件 ${file}：${reason}`, en: `Cannot read config file ${file}: ${reasonEn}` });
  }
  const { value, locate } = parseConfigText(text, file);
  return resolveConfig(value, { ...extra, path: file, locate });
}
