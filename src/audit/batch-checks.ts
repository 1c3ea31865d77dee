/** The batch-only checks of docs/audit.md, run on the whole (possibly merged) batch. */
import { parseA1 } from "../model/a1.js";
import type { AuditInput, AuditTable } from "../model/audit.js";
import type { Finding, Lang } from "../model/finding.js";
import type { Location } from "../model/records.js";
import { format } from "../i18n/format.js";
import { BATCH_RULES, type BatchRuleId } from "./batch-rules.js";
import { cleanName } from "./group.js";

export interface BatchFinding {
  path: string;
  finding: Finding;
}

function locate(t: AuditTable, cell?: string | null): Location | null {
  const ref = cell ?? t.range.split(":")[0];
  const p = ref ? parseA1(ref) : undefined;
  return p ? { sheet: t.sheet, row: p.r + 1, cell: ref } : null;
}

function make(id: BatchRuleId, lang: Lang, data: Record<string, string | number>, table: string | null, location: Location | null): Finding {
  const r = BATCH_RULES[id];
  return { ruleId: id, category: r.category, severity: r.severity, messageId: "default", message: format(r.message[lang], data), data, table, indicator: null, location };
}

const money = (n: number | null, lang: Lang) => (n === null ? (lang === "zh" ? "未填" : "none") : `${+n.toFixed(4)}${lang === "zh" ? " 万元" : ""}`);

/** Same budget within 0.01 万元 (100 元) or 0.1 %: exports round differently. */
function sameMoney(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.01, 0.001 * Math.max(Math.abs(a), Math.abs(b)));
}

export function batchChecks(inputs: AuditInput[], lang: Lang): BatchFinding[] {
  const out: BatchFinding[] = [];
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // Identical files: every copy after the first (in path order) is the duplicate.
  const firstByHash = new Map<string, string>();
  const duplicates = new Set<string>();
  for (const f of sorted) {
    // Empty files are reported as empty; that two are "identical" says nothing more.
    if (!f.sha256 || f.bytes === 0) continue;
    const first = firstByHash.get(f.sha256);
    if (first === undefined) firstByHash.set(f.sha256, f.path);
    else {
      duplicates.add(f.path);
      out.push({ path: f.path, finding: make("batch-duplicate-file", lang, { file: f.path, other: first }, null, null) });
    }
  }
  // The other checks ignore duplicate copies: they are already reported, and would double-count.
  const unique = sorted.filter((f) => !duplicates.has(f.path));

  // Same project name in several files, with different budgets or targets.
  const byName = new Map<string, { path: string; t: AuditTable }[]>();
  for (const f of unique) {
    for (const t of f.tables) {
      if (t.kind === "department") continue;
      const key = cleanName(t.name);
      if (!key) continue;
      const list = byName.get(key) ?? [];
      list.push({ path: f.path, t });
      byName.set(key, list);
    }
  }
  for (const list of byName.values()) {
    const files = new Set(list.map((o) => o.path));
    if (files.size < 2) continue;
    for (const o of list) {
      const others = list.filter((x) => x.path !== o.path);
      const budgetDiffers = others.some((x) => (x.t.budget === null) !== (o.t.budget === null) || (x.t.budget !== null && o.t.budget !== null && !sameMoney(x.t.budget, o.t.budget)));
      const targetsDiffer = others.some((x) => x.t.targets !== o.t.targets);
      if (!budgetDiffers && !targetsDiffer) continue;
      const what = budgetDiffers && targetsDiffer ? (lang === "zh" ? "预算和绩效目标" : "budget and targets") : budgetDiffers ? (lang === "zh" ? "预算" : "budget") : lang === "zh" ? "绩效目标" : "targets";
      const data = {
        name: o.t.name,
        others: [...new Set(others.map((x) => x.path))].join(lang === "zh" ? "、" : ", "),
        what,
        budget: money(o.t.budget, lang),
        otherBudgets: others.map((x) => money(x.t.budget, lang)).join(lang === "zh" ? "、" : ", "),
      };
      out.push({ path: o.path, finding: make("batch-duplicate-project", lang, data, o.t.name, locate(o.t, budgetDiffers ? o.t.budgetCell : null)) });
    }
  }

  // A 部门整体 table against the sum of the same department's project tables.
  const projectSums = new Map<string, { sum: number; count: number }>();
  for (const f of unique) {
    for (const t of f.tables) {
      if (t.kind !== "project" || t.budget === null) continue;
      const dept = cleanName(t.department);
      if (!dept) continue;
      const s = projectSums.get(dept) ?? { sum: 0, count: 0 };
      s.sum += t.budget;
      s.count += 1;
      projectSums.set(dept, s);
    }
  }
  for (const f of unique) {
    for (const t of f.tables) {
      if (t.kind !== "department" || t.budget === null) continue;
      const dept = cleanName(t.department) || cleanName(t.name);
      const s = projectSums.get(dept);
      if (!s || sameMoney(s.sum, t.budget)) continue;
      const data = { department: dept, budget: +t.budget.toFixed(4), sum: +s.sum.toFixed(4), count: s.count };
      out.push({ path: f.path, finding: make("batch-department-budget", lang, data, t.name, locate(t, t.budgetCell)) });
    }
  }
  return out;
}
