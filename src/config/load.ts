/** Finds and reads pbm.config.json, then resolves it (resolve.ts). */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SeveritySetting } from "../model/finding.js";
import { ConfigError, resolveConfig } from "./resolve.js";
import type { ResolvedConfig } from "./types.js";

export const CONFIG_FILE_NAME = "pbm.config.json";

/** pbm.config.json in `cwd` or the nearest parent folder; null when there is none. */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export interface LoadConfigOptions {
  cwd: string;
  /** --config: this file, which must exist. */
  configPath?: string;
  cliRules?: Record<string, SeveritySetting>;
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
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "文件不存在" : (err as Error).message;
    const reasonEn = (err as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (err as Error).message;
    throw new ConfigError({ zh: `无法读取配置文件 ${file}：${reason}`, en: `Cannot read config file ${file}: ${reasonEn}` });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const reason = (err as Error).message;
    throw new ConfigError({ zh: `配置文件 ${file} 不是有效的 JSON：${reason}`, en: `Config file ${file} is not valid JSON: ${reason}` });
  }
  return resolveConfig(raw, { ...extra, path: file });
}
