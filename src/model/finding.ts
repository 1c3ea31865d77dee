/** Findings, rule modules and the validate report: the vocabulary shared by rules, engine and report. */
import type { z } from "zod";
import type { Indicator, Location, Table } from "./records.js";

export const CATEGORIES = [
  "structure",
  "classification",
  "operator",
  "unit",
  "threshold",
  "consistency",
  "measurability",
  "deadline",
  "parse",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | "off";

export type Lang = "zh" | "en";
export type Localized = { zh: string; en: string };

/** One cell edit of a fix: the cell's text before and after. */
export interface CellEdit {
  sheet: string;
  cell: string;
  from: string;
  to: string;
}

/** `safe` fixes have exactly one right answer and `pbm fix` applies them; `suggestion`s are only shown. */
export interface Fix {
  kind: "safe" | "suggestion";
  edits: CellEdit[];
}

/** What a rule yields; the engine adds rule id, category, severity, message and table. */
export interface FindingDraft<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The indicator the finding is about; null/undefined for a table-level finding. */
  indicator?: Indicator | null;
  /** Where to point; defaults to the indicator's location, else the table's first cell. */
  at?: Location | null;
  fix?: Fix;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  /** The table's name; null for a file-level finding (unreadable file). */
  table: string | null;
  /** The 三级 name; null for a table-level finding. */
  indicator: string | null;
  location: Location | null;
  fix?: Fix;
}

/** Settings every rule may read (from config `settings`). */
export interface RuleSettings {
  /** Budget year to check deadlines against; defaults to the table's own year. */
  budgetYear?: number;
}

export interface RuleContext<O> {
  options: O;
  settings: RuleSettings;
}

export interface RuleMeta<M extends string, O> {
  category: Category;
  /** Default severity; config may override. */
  severity: Severity;
  /** In the `recommended` preset (every rule is in `strict`). */
  recommended: boolean;
  /** `name`: a few words a person reads in reports (规则统计, charts); optional, the id stands in without it. */
  docs: { name?: Localized; summary: Localized };
  /** messageId → zh/en template with {placeholders}. */
  messages: Record<M, Localized>;
  /** Options schema; its defaults are the rule's defaults. Omit when the rule has none. */
  options?: z.ZodType<O>;
  fixable?: "safe" | "suggestion";
}

export interface RuleModule<M extends string = string, O = unknown> {
  /** Kebab-case id = file name, stable forever. */
  id: string;
  meta: RuleMeta<M, O>;
  check(table: Table, ctx: RuleContext<O>): Iterable<FindingDraft<M>>;
}

/** Identity helper that types messageIds and options. */
export function defineRule<M extends string, O = Record<string, never>>(rule: RuleModule<M, O>): RuleModule<M, O> {
  return rule;
}

export interface TableSummary {
  name: string;
  kind: Table["kind"];
  sheet: string;
  range: string;
  indicatorCount: number;
  department?: string | null;
  year?: number | null;
}

export type FileStatus = "ok" | "problems" | "error";

export interface FileReport {
  path: string;
  /** "error" when the file could not be read; "problems" when it has error/warning findings. */
  status: FileStatus;
  tables: TableSummary[];
  findings: Finding[];
  /** True when the report came from the --cache (the file was not read or parsed again). */
  cached?: boolean;
}

export interface ReportSummary {
  files: number;
  tables: number;
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** `pbm validate --format json` output. */
export interface ValidateReport {
  files: FileReport[];
  summary: ReportSummary;
}

/** Rule metadata as reporters see it (no functions). */
export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
  /** Short name for people (zh/en); reporters fall back to the id. */
  name?: Localized;
  summary: Localized;
  fixable?: "safe" | "suggestion";
}
