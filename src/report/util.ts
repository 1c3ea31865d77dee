/** Helpers every reporter shares: paths as the user sees them, cell references, ordering, counts. */
import { columnNumber } from "../model/a1.js";
import { CATEGORIES, type FileReport, type Finding, type Lang, type RuleInfo, type Severity } from "../model/finding.js";

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export { displayPath } from "./paths.js";

/** A relative path as a URI reference: each segment percent-encoded (Chinese names, spaces, #, %). */
export function uriReference(relPath: string): string {
  return relPath
    .split("/")
    .map((seg) => (seg === ".." || seg === "." ? seg : encodeURIComponent(seg)))
    .join("/");
}

/** Excel's way to write a sheet-qualified cell: quoted when the sheet name is not a plain word. */
export function sheetRef(sheet: string, cell?: string | null): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  const s = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return cell ? `${s}!${cell}` : s;
}

/** Where a finding points, for humans: "表01!E14", "表01" (table-level) or "" (file-level). */
export function where(f: Finding): string {
  if (!f.location) return "";
  return sheetRef(f.location.sheet, f.location.cell || null);
}

export function isFileLevel(f: Finding): boolean {
  return f.table === null && f.location === null;
}

export interface Counts {
  total: number;
  error: number;
  warning: number;
  info: number;
  fixable: number;
}

export function countFindings(files: FileReport[]): Counts {
  const c: Counts = { total: 0, error: 0, warning: 0, info: 0, fixable: 0 };
  for (const file of files)
    for (const f of file.findings) {
      c.total++;
      c[f.severity]++;
      if (f.fix?.kind === "safe") c.fixable++;
    }
  return c;
}

/**
 * Most important first: severity, unreadable files, then category (a missing block before a vague word,
 * in the order of CATEGORIES), rule id, file and row.
 */
export function importanceOrder(): (a: Located, b: Located) => number {
  const cat = (f: Finding) => (CATEGORIES as readonly string[]).indexOf(f.category);
  return (a, b) =>
    SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
    Number(isFileLevel(b.finding)) - Number(isFileLevel(a.finding)) ||
    cat(a.finding) - cat(b.finding) ||
    compareText(a.finding.ruleId, b.finding.ruleId) ||
    compareText(a.path, b.path) ||
    (a.finding.location?.row ?? 0) - (b.finding.location?.row ?? 0);
}

/** A finding together with the file it belongs to. */
export interface Located {
  path: string;
  finding: Finding;
}

export function allFindings(files: FileReport[]): Located[] {
  return files.flatMap((file) => file.findings.map((finding) => ({ path: file.path, finding })));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One line of text: cell text may hold line breaks and tabs. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ").replace(/\t/g, " ");
}

export interface TableGroup {
  /** null for findings that belong to no table (file-level, or a table the summary does not list). */
  title: string | null;
  sheet: string | null;
  range: string | null;
  indicatorCount: number | null;
  findings: Finding[];
}

/**
 * Findings of one file grouped by table, in the file's table order; a finding belongs to the table with
 * its name on its sheet (two tables may share a name across sheets).
 */
export function groupByTable(file: FileReport): TableGroup[] {
  const groups: TableGroup[] = file.tables.map((t) => ({
    title: t.name,
    sheet: t.sheet,
    range: t.range,
    indicatorCount: t.indicatorCount,
    findings: [],
  }));
  const extra = new Map<string, TableGroup>();
  const fileLevel: TableGroup = { title: null, sheet: null, range: null, indicatorCount: null, findings: [] };
  for (const f of file.findings) {
    if (f.table === null) {
      fileLevel.findings.push(f);
      continue;
    }
    const sheet = f.location?.sheet ?? null;
    const g =
      groups.find((t) => t.title === f.table && (sheet === null || t.sheet === sheet)) ??
      groups.find((t) => t.title === f.table);
    if (g) {
      g.findings.push(f);
      continue;
    }
    const key = `${f.table}\u0000${sheet ?? ""}`;
    let e = extra.get(key);
    if (!e) {
      e = { title: f.table, sheet, range: null, indicatorCount: null, findings: [] };
      extra.set(key, e);
    }
    e.findings.push(f);
  }
  const byRow = (a: Finding, b: Finding) =>
    (a.location?.row ?? 0) - (b.location?.row ?? 0) ||
    colOf(a) - colOf(b) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  const all = [fileLevel, ...groups, ...extra.values()].filter((g) => g.findings.length > 0);
  for (const g of all) g.findings.sort(byRow);
  return all;
}

function colOf(f: Finding): number {
  return columnNumber(f.location?.cell ?? "") ?? 0;
}

/** The short name of a rule people read ("运算符号方向错误"); the id when the rule is not in the catalogue. */
export function ruleName(id: string, rules: readonly RuleInfo[] | ReadonlyMap<string, RuleInfo>, lang: Lang): string {
  const r = rules instanceof Map ? rules.get(id) : (rules as readonly RuleInfo[]).find((x) => x.id === id);
  return r?.name?.[lang] ?? id;
}
