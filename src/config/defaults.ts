/**
 * The config of a run with no config file and no --rule flag: the recommended preset with every rule's
 * option defaults as written at build time (rules/index.ts). Nothing to validate, so no zod is loaded
 * (cold start, bench (c)); resolveConfig(null) gives the same (tests/config/open.test.ts).
 */
import type { SeveritySetting } from "../model/finding.js";
import { OPTION_DEFAULTS, RULES } from "../rules/index.js";
import type { ResolvedConfig, RuleSetting } from "./types.js";

export function defaultConfig(opts: { baseDir: string; budgetYear?: number }): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) {
    const severity: SeveritySetting = r.meta.recommended ? r.meta.severity : "off";
    // A copy: each config owns its options, as a fresh parse would give.
    rules[r.id] = { severity, options: r.meta.options ? structuredClone(OPTION_DEFAULTS[r.id]) : undefined };
  }
  return {
    rules,
    settings: opts.budgetYear === undefined ? {} : { budgetYear: opts.budgetYear },
    limits: {},
    ignorePatterns: [],
    overrides: [],
    baseDir: opts.baseDir,
    path: null,
  };
}
