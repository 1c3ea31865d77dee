/**
 * Batch audit (`pbm audit`, `pbm merge`): what the audit JSON carries on top of a ValidateReport.
 * `inputs` keeps exactly what the batch checks and the 指标清单 need, so shard outputs can be
 * merged and re-checked as one batch without re-reading any workbook.
 */
import type { Category, FileReport, Finding, ReportSummary, Severity, ValidateReport } from "./finding.js";
import type { TableKind } from "./records.js";

export const GROUP_BYS = ["department", "folder", "file"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** A grade band's name: 优 / 良 / 中 / 差 by default (the bands of 预算绩效评价), renamable in config `audit.scoring.grades`. */
export type Grade = string;

/** The default scoring (docs/audit.md): a failure costs a whole table, an error 10, a warning 3; bands of 财预〔2020〕10号. */
export const DEFAULT_SCORING: ScoringSpec = {
  weights: { failure: 100, error: 10, warning: 3, info: 0 },
  grades: [
    { name: "优", en: "excellent", min: 90 },
    { name: "良", en: "good", min: 80 },
    { name: "中", en: "fair", min: 60 },
    { name: "差", en: "poor", min: 0 },
  ],
};

/** The department a table names, as it names it (docs/audit.md, "Grouping"). */
export interface DepartmentClaim {
  /** The name with any code split off ("潼南区五桂镇" of "813-潼南区五桂镇"). */
  name: string;
  code: string | null;
  /** The header label it came from (主管部门, 编制单位 …). */
  label: string;
  /** Where the value sits (A1); null when the reader gave the typed field only. */
  cell: string | null;
}

/** How a department's score is computed (config `audit.scoring`; defaults in audit/score.ts). */
export interface ScoringSpec {
  /** Points per failure (unreadable file, file with no table, table with no indicator), error, warning, info. */
  weights: { failure: number; error: number; warning: number; info: number };
  /** Bands from the best down: a score ≥ min gets that name; the last band's min is 0. */
  grades: { name: string; en?: string; min: number }[];
}

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
  /** The department the table names (its header fields), with the label and cell; null when it names none. */
  claim?: DepartmentClaim | null;
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
  /** Files that could not be read (each a failure of the department). */
  unreadable: number;
  /** Files read but holding no 绩效目标表 (each a failure). */
  noTable: number;
  /** Tables without a single indicator row (each a failure). */
  noIndicators: number;
  /** Files counted here only because of their folder: none of their tables names a department. */
  guessed: number;
  score: number;
  grade: Grade;
  /** Since the previous run in the --history database. */
  history?: GroupHistory;
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
  /** Files placed by their folder (no table in them names a department), path → the group guessed. */
  guessed?: Record<string, string>;
  scoring?: ScoringSpec;
  history?: AuditHistory;
  inputs: AuditInput[];
}

export interface GroupHistory {
  /** Problems found now that the previous run did not have. */
  new: number;
  /** Problems of the previous run that are gone. */
  fixed: number;
  /** Problems found in both runs. */
  recurring: number;
  previousScore: number | null;
}

/** One problem's status since the previous run (identity: department + table + indicator + rule, see history.ts). */
export interface HistoryChange {
  group: string;
  status: "new" | "fixed" | "recurring";
  ruleId: string;
  table: string;
  indicator: string;
  count: number;
}

export interface AuditHistory {
  /** The database file, as given. */
  file: string;
  /** This run's id in the database. */
  run: number;
  previous: { run: number; finishedAt: string; budgetYear: number | null } | null;
  /** Every run so far, oldest first, for the trend chart. */
  runs: { run: number; finishedAt: string; budgetYear: number | null; files: number; errors: number; warnings: number; infos: number; failures: number; meanScore: number }[];
  totals: { new: number; fixed: number; recurring: number };
  changes: HistoryChange[];
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

/** One finding with the file it is in: a row of 问题清单 and of a department's sheet. */
export interface FindingRow {
  path: string;
  finding: Finding;
}

/** The totals and tables of an audit that fit in memory whatever the batch size. */
export type AuditHead = Pick<AuditSummary, "groupBy" | "groups" | "rules" | "categories" | "history"> & { scoring: ScoringSpec };

/**
 * An audit as the reporters read it: the totals, and the files, inputs and per-group findings as
 * sequences that may come from disk (the run's spool) — so a report of 30,000 files never has to be
 * one object in memory. Each sequence can be walked more than once; files and inputs are in path order.
 */
export interface AuditView {
  summary: ReportSummary;
  head: AuditHead;
  /** The group a file (table = null) or a table of it is counted under. */
  groupOf(path: string, table: string | null): string;
  /** Tables of a file counted under another group than the file's. */
  tableGroupsOf(path: string): Record<string, string> | undefined;
  /** The group guessed from the file's folder, when none of its tables names a department. */
  guessOf(path: string): string | undefined;
  files(): Iterable<FileReport>;
  inputs(): Iterable<AuditInput>;
  /** Every finding counted under the group, in file order. */
  groupFindings(group: string): Iterable<FindingRow>;
}

/** An audit JSON already in memory (tests, small merges) as a view. */
export function viewOfReport(r: AuditReport): AuditView {
  const { inputs, fileGroups: _f, tableGroups, guessed, scoring, ...rest } = r.audit;
  return {
    summary: r.summary,
    head: { ...rest, scoring: scoring ?? DEFAULT_SCORING },
    groupOf: (path, table) => groupOfTable(r.audit, path, table),
    tableGroupsOf: (path) => tableGroups?.[path],
    guessOf: (path) => guessed?.[path],
    files: () => r.files,
    inputs: () => inputs,
    *groupFindings(group) {
      for (const f of r.files) for (const x of f.findings) if (groupOfTable(r.audit, f.path, x.table) === group) yield { path: f.path, finding: x };
    },
  };
}

/** A view → the audit JSON object (what `-f json` prints, key for key). */
export function materialize(v: AuditView): AuditReport {
  const files = [...v.files()];
  const inputs = [...v.inputs()];
  const fileGroups: Record<string, string> = {};
  const tableGroups: Record<string, Record<string, string>> = {};
  const guessed: Record<string, string> = {};
  for (const f of files) {
    fileGroups[f.path] = v.groupOf(f.path, null);
    const t = v.tableGroupsOf(f.path);
    if (t) tableGroups[f.path] = t;
    const g = v.guessOf(f.path);
    if (g !== undefined) guessed[f.path] = g;
  }
  const { groupBy, groups, rules, categories, scoring, history } = v.head;
  return {
    files,
    summary: v.summary,
    audit: { groupBy, groups, rules, categories, fileGroups, tableGroups, guessed, scoring, ...(history ? { history } : {}), inputs },
  };
}
