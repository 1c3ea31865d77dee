/**
 * Per-file results → the audit report: batch checks, totals, per-group scores, rule statistics.
 * `pbm audit` and `pbm merge` both end here, which is why merged shards equal one run.
 */
import type { AuditGroup, AuditInput, AuditReport, AuditRuleStat, GroupBy } from "../model/audit.js";
import type { Category, FileReport, Finding, Lang, ReportSummary } from "../model/finding.js";
import { CATEGORIES } from "../model/finding.js";
import type { RuleSetting } from "../config/types.js";
import { batchChecks, isBatchRule } from "./batch-checks.js";
import { groupAll, tableDepartment } from "./group.js";
import { grade, score } from "./score.js";

const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function status(f: FileReport): FileReport["status"] {
  if (f.status === "error") return "error";
  return f.findings.some((x) => x.severity !== "info") ? "problems" : "ok";
}

export function buildAuditReport(filesIn: FileReport[], inputsIn: AuditInput[], groupBy: GroupBy, lang: Lang, ruleSettings?: Record<string, RuleSetting>): AuditReport {
  const inputs = [...inputsIn].sort(byPath);
  const files: FileReport[] = [...filesIn].sort(byPath).map((f) => ({ ...f, findings: f.findings.filter((x) => !isBatchRule(x.ruleId)) }));
  const fileOf = new Map(files.map((f) => [f.path, f]));
  for (const b of batchChecks(inputs, lang, ruleSettings)) fileOf.get(b.path)?.findings.push(b.finding);
  for (const f of files) f.status = status(f);
  const known = new Set(inputs.map((i) => i.path));
  const groupOf = groupAll([...inputs, ...files.filter((f) => !known.has(f.path)).map((f) => ({ path: f.path, sha256: null, bytes: null, tables: [] }))], groupBy);

  const summary: ReportSummary = { files: files.length, tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 };
  const fileGroups: Record<string, string> = {};
  const tableGroups: Record<string, Record<string, string>> = {};
  const inputOf = new Map(inputs.map((i) => [i.path, i]));
  const groups = new Map<string, AuditGroup & { ruleCounts: Map<string, number> }>();
  const rules = new Map<string, AuditRuleStat & { fileSet: Set<string>; groupSet: Set<string> }>();
  const categories = new Map<Category, number>();

  const groupNamed = (g: string) => {
    let grp = groups.get(g);
    if (!grp) {
      grp = { name: g, files: 0, tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0, score: 100, grade: "优", topRules: [], ruleCounts: new Map() };
      groups.set(g, grp);
    }
    return grp;
  };
  for (const f of files) {
    const g = groupOf.get(f.path) ?? f.path;
    fileGroups[f.path] = g;
    // A file holding several departments' tables (a city's collected report) counts each table under its own.
    const own = new Map<string, string>();
    if (groupBy === "department") {
      for (const t of inputOf.get(f.path)?.tables ?? []) {
        const d = tableDepartment(t);
        if (d && d !== g) own.set(t.name, d);
      }
    }
    if (own.size) tableGroups[f.path] = Object.fromEntries(own);
    const touched = new Set<string>([g]);
    for (const t of f.tables) {
      const tg = own.get(t.name) ?? g;
      const grp = groupNamed(tg);
      grp.tables += 1;
      grp.indicators += t.indicatorCount;
      touched.add(tg);
      summary.tables += 1;
      summary.indicators += t.indicatorCount;
    }
    for (const x of f.findings) {
      const tg = (x.table !== null ? own.get(x.table) : undefined) ?? g;
      touched.add(tg);
      count(x, f.path, tg, groupNamed(tg));
    }
    for (const tg of touched) groupNamed(tg).files += 1;
  }

  function count(x: Finding, path: string, g: string, grp: AuditGroup & { ruleCounts: Map<string, number> }) {
    const key = x.severity === "error" ? "errors" : x.severity === "warning" ? "warnings" : "infos";
    summary[key] += 1;
    grp[key] += 1;
    grp.ruleCounts.set(x.ruleId, (grp.ruleCounts.get(x.ruleId) ?? 0) + 1);
    categories.set(x.category, (categories.get(x.category) ?? 0) + 1);
    let r = rules.get(x.ruleId);
    if (!r) {
      r = { ruleId: x.ruleId, category: x.category, severity: x.severity, count: 0, files: 0, groups: 0, fileSet: new Set(), groupSet: new Set() };
      rules.set(x.ruleId, r);
    }
    r.count += 1;
    r.fileSet.add(path);
    r.groupSet.add(g);
  }

  const groupList: AuditGroup[] = [...groups.values()]
    .map(({ ruleCounts, ...grp }) => {
      const s = score(grp.errors, grp.warnings, grp.tables);
      const topRules = [...ruleCounts.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([ruleId, n]) => ({ ruleId, count: n }));
      return { ...grp, score: s, grade: grade(s), topRules };
    })
    .sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ruleList: AuditRuleStat[] = [...rules.values()]
    .map(({ fileSet, groupSet, ...r }) => ({ ...r, files: fileSet.size, groups: groupSet.size }))
    .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1));
  const categoryList = CATEGORIES.filter((c) => categories.has(c)).map((c) => ({ category: c, count: categories.get(c) ?? 0 }));

  return { files, summary, audit: { groupBy, groups: groupList, rules: ruleList, categories: categoryList, fileGroups, tableGroups, inputs } };
}
