/** pbm as a library. Re-exports only. */
export * from "./model/index.js";
export type { ConfigLimits, PresetName, ResolvedConfig, RuleOverride, RuleSetting } from "./config/types.js";
export { ConfigError, configForFile, presetRules, resolveConfig } from "./config/resolve.js";
export { CONFIG_FILE_NAME, findConfigFile, loadConfig } from "./config/load.js";
export { configJsonSchema } from "./config/schema.js";
export { runRules } from "./engine/run-rules.js";
export { validateBytes, validateFile, validateRecords, type ValidateFileOptions, type ValidateFileResult } from "./api/validate-file.js";
export { summarize, validateFiles, type ValidateFilesOptions } from "./api/validate-files.js";
export { normalizeBytes, normalizeFile, formatNormalizeOutput, type NormalizeOptions } from "./api/normalize-files.js";
export { discoverFiles, type DiscoverOptions, type DiscoverResult } from "./api/discover.js";
export { RULES } from "./rules/index.js";
export { getReporter, FORMATS, type Format, type Reporter, type ReportContext } from "./report/index.js";
