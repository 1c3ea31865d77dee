/** The config after presets, CLI flags and validation: what the engine and the library run with. */
import type { RuleSettings, SeveritySetting } from "../model/finding.js";

export type PresetName = "recommended" | "strict";

/** Limits on what the reader will open (config `limits`); unset = the reader's defaults. */
export interface ConfigLimits {
  maxFileBytes?: number;
  maxUncompressedBytes?: number;
  maxCells?: number;
}

export interface RuleSetting {
  severity: SeveritySetting;
  /**
   * Options parsed by the rule's schema (defaults filled in); undefined for rules without options,
   * and in an override for "keep the options that apply before it".
   */
  options?: unknown;
}

export interface RuleOverride {
  /** Globs matched against the file path relative to ResolvedConfig.baseDir. */
  files: string[];
  rules: Record<string, RuleSetting>;
}

/** Config `audit.scoring` as written (audit/score.ts fills in the defaults). */
export interface AuditScoringConfig {
  weights?: { failure?: number; error?: number; warning?: number; info?: number };
  grades?: { name: string; en?: string; min: number }[];
}

export interface ResolvedConfig {
  /** Effective setting of every rule in the catalogue. */
  rules: Record<string, RuleSetting>;
  settings: RuleSettings;
  limits: ConfigLimits;
  ignorePatterns: string[];
  /** Applied per file by configForFile(); later entries win. */
  overrides: RuleOverride[];
  /** Folder that override globs and ignore patterns are relative to (the config file's folder). */
  baseDir: string;
  /** `pbm audit` settings (scoring); absent when the config has none. */
  audit?: { scoring?: AuditScoringConfig };
  /** The config file that was loaded; null when pbm runs on its defaults. */
  path: string | null;
}
