/**
 * Batch audit (`pbm audit`, `pbm merge`): what the audit JSON carries on top of a ValidateReport.
 * `inputs` keeps exactly what the batch checks and the 指标清单 need, so shard outputs can be
 * merged and re-checked as one batch without re-reading any workbook.
 */
import type { Category, ReportSummary, Severity, ValidateReport } from "./finding.js";
import type { TableKind } from "./records.js";

export const GROUP_BYS = ["department", "folder", "file"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export type Grade = "优" | "良" | "中" | "差";

/** One normalized indicator as listed in 指标清单. */
export interface AuditIndicator {
  cell: string;
  level1: string | null;
  level2: string | null;
  name: string;
  operator: string | null;
  value: number | string | null;
  unit: string | null;
  deadline: string | null;
}

export interface AuditTable {
  name: string;
  kind: TableKind;
  sheet: string;
  range: string;
  department: string | null;
  implementer: string | null;
  year: number | null;
  /** The budget in 万元 (converted from 元/亿元); null when the table states none. */
  budget: number | null;
  /** Where the budget sits (A1), for pointing batch findings at it. */
  budgetCell: string | null;
  /** A fingerprint of the indicator targets (name, operator, value, unit), to tell "same project, other targets". */
  targets: string;
  indicators: AuditIndicator[];
}

export interface AuditInput {
  /** Relative to the folder pbm ran in, with "/" separators (as in `files[].path`). */
  path: string;
  sha256: string | null;
  bytes: number | null;
  tables: AuditTable[];
}

export interface AuditGroup {
  name: string;
  files: number;
  tables: number;
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
  score: number;
  grade: Grade;
  /** Most frequent rules, most frequent first. */
  topRules: { ruleId: string; count: number }[];
}

export interface AuditRuleStat {
  ruleId: string;
  category: Category;
  severity: Severity;
  count: number;
  files: number;
  groups: number;
}

export interface AuditSummary {
  groupBy: GroupBy;
  /** Sorted by score (worst first), then name. */
  groups: AuditGroup[];
  rules: AuditRuleStat[];
  categories: { category: Category; count: number }[];
  /** Path → group name, for every file (its main department). */
  fileGroups: Record<string, string>;
  /** Path → table name → group, for tables filed under another department than their file's (--group-by department). */
  tableGroups?: Record<string, Record<string, string>>;
  inputs: AuditInput[];
}

/** `pbm audit --format json` and `pbm merge --format json` output. */
export interface AuditReport extends ValidateReport {
  summary: ReportSummary;
  audit: AuditSummary;
}

/** The group a table (or a finding about it) is counted under: its own department, else its file's group. */
export function groupOfTable(audit: Pick<AuditSummary, "fileGroups" | "tableGroups">, path: string, table: string | null): string {
  const own = table === null ? undefined : audit.tableGroups?.[path];
  return (own && Object.hasOwn(own, table as string) ? own[table as string] : undefined) ?? audit.fileGroups[path] ?? "";
}
