/** Finds and reads the config file (pbm.config.json, .jsonc, .yaml or .yml), then resolves it (resolve.ts). */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseConfigText } from "./parse.js";
import { ConfigError, resolveConfig } from "./resolve.js";
import type { ResolvedConfig } from "./types.js";

/** The names pbm looks for, in this order; `pbm init` writes the first. */
export const CONFIG_FILE_NAMES = ["pbm.config.json", "pbm.config.jsonc", "pbm.config.yaml", "pbm.config.yml"] as const;
export const CONFIG_FILE_NAME = CONFIG_FILE_NAMES[0];

/** The config file in `cwd` or the nearest parent folder that has one; null when there is none. */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

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
