/** Overrides applied to one file (apart from resolve.ts: the per-file path loads no zod). */
import path from "node:path";
import { globMatcher } from "./glob-match.js";
import type { ResolvedConfig } from "./types.js";

/**
 * The config for one file: the overrides whose globs match it applied in order (an
 * override with no globs applies everywhere). The result has no overrides left.
 */
export function configForFile(config: ResolvedConfig, filePath: string): ResolvedConfig {
  if (config.overrides.length === 0) return config;
  const rel = path.relative(config.baseDir, path.resolve(config.baseDir, filePath)).split(path.sep).join("/");
  const rules = { ...config.rules };
  for (const o of config.overrides) {
    if (o.files.length && !globMatcher(o.files)(rel)) continue;
    for (const [id, s] of Object.entries(o.rules)) rules[id] = { severity: s.severity, options: s.options ?? rules[id]?.options };
  }
  return { ...config, rules, overrides: [] };
}
