/** Findings, rule modules and the validate report: the vocabulary shared by rules, engine and report. */
import type { z } from "zod";
import type { AuditInput, AuditTable } from "./audit.js";
import type { FileRecords, Indicator, Location, Table } from "./records.js";
import type { TableFacts } from "./semantic.js";

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
  /**
   * The message already worded in the user's language by the layer that knows the details (the
   * reader's explanation of why a file cannot be opened); the rule's template is not used then.
   */
  text?: string;
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
  /**
   * What pbm understood about the table and each indicator, computed once per table by the engine
   * (src/semantic) before any rule runs. Rules read these facts instead of parsing cell texts.
   */
  facts: TableFacts;
}

/** A file-level rule sees the file's records (its read error, its tables). */
export interface FileRuleContext<O> {
  options: O;
  settings: RuleSettings;
}

/**
 * A batch rule compares the files of an audit with each other. A batch may not fit in memory, so a
 * rule does not get the batch: it gets every file in turn (path order) and keeps only what it needs.
 */
export interface BatchRuleContext<O> extends FileRuleContext<O> {
  /** The department a table is counted under (the table's own claim, or the audit's mapping); "" if none. */
  departmentOf(t: AuditTable): string;
}

/** What the audit tells a batch rule about the file it is given. */
export interface BatchFileInfo {
  /** The earlier file (path order) with the same bytes, when this file is a copy of it; else null. */
  copyOf: string | null;
}

/**
 * One run of a batch rule: `scan` sees every file (pass 1); `collect`, if given, sees every file
 * again once all are scanned (pass 2: fetch what pass 1 showed is needed); then `findings`.
 */
export interface BatchCheck<M extends string = string> {
  scan(file: AuditInput, info: BatchFileInfo): void;
  collect?(file: AuditInput, info: BatchFileInfo): void;
  findings(): Iterable<BatchFindingDraft<M>>;
}

/** What a batch rule yields: a finding about one file of the batch. */
export interface BatchFindingDraft<M extends string = string> {
  path: string;
  messageId: M;
  data?: Record<string, string | number>;
  /** The table the finding is about; null for a whole-file finding. */
  table: string | null;
  at: Location | null;
}

/** Where a rule looks: one table (most rules), one file (no table found, unreadable), or a whole batch. */
export type RuleScope = "table" | "file" | "batch";

export interface RuleMeta<M extends string, O> {
  /** A short name a person reads in reports and lists (“运算符号方向错误”). */
  name: Localized;
  category: Category;
  /** Default severity; config may override. */
  severity: Severity;
  /** In the `recommended` preset (every rule is in `strict`). */
  recommended: boolean;
  docs: { summary: Localized };
  /** messageId → zh/en template with {placeholders}. */
  messages: Record<M, Localized>;
  /**
   * Options schema, built from the zod it is handed (config/schema.ts optionsSchema), so that loading the
   * rules loads no zod: a run on the defaults never needs it (cold start). Its defaults are the rule's
   * defaults (written into rules/index.ts at build time). Omit when the rule has none.
   */
  options?: (zod: typeof z) => z.ZodType<O>;
  fixable?: "safe" | "suggestion";
}

interface RuleBase<M extends string, O> {
  /** Kebab-case id = file name, stable forever. */
  id: string;
  meta: RuleMeta<M, O>;
}

export interface TableRule<M extends string = string, O = unknown> extends RuleBase<M, O> {
  scope?: "table";
  check(table: Table, ctx: RuleContext<O>): Iterable<FindingDraft<M>>;
}

export interface FileRule<M extends string = string, O = unknown> extends RuleBase<M, O> {
  scope: "file";
  check(file: FileRecords, ctx: FileRuleContext<O>): Iterable<FindingDraft<M>>;
}

export interface BatchRule<M extends string = string, O = unknown> extends RuleBase<M, O> {
  scope: "batch";
  start(ctx: BatchRuleContext<O>): BatchCheck<M>;
}

export type RuleModule<M extends string = string, O = unknown> = TableRule<M, O> | FileRule<M, O> | BatchRule<M, O>;

/** Identity helper that types messageIds and options. */
export function defineRule<M extends string, O = Record<string, never>>(rule: TableRule<M, O>): TableRule<M, O> {
  return rule;
}

export function defineFileRule<M extends string, O = Record<string, never>>(rule: Omit<FileRule<M, O>, "scope">): FileRule<M, O> {
  return { ...rule, scope: "file" };
}

export function defineBatchRule<M extends string, O = Record<string, never>>(rule: Omit<BatchRule<M, O>, "scope">): BatchRule<M, O> {
  return { ...rule, scope: "batch" };
}

export function ruleScope(rule: RuleModule<string, unknown>): RuleScope {
  return rule.scope ?? "table";
}

export function isTableRule<M extends string, O>(rule: RuleModule<M, O>): rule is TableRule<M, O> {
  return (rule.scope ?? "table") === "table";
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
  /** The short name people read; reporters fall back to the id. */
  name?: Localized;
  scope?: RuleScope;
  category: Category;
  severity: Severity;
  summary: Localized;
  fixable?: "safe" | "suggestion";
}
