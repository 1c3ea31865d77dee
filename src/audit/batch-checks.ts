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

/** FNV-1a twice → a 52-bit number: a name's key in the index without keeping the name. */
function hash52(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a * 2 ** 20 + (b & 0xfffff);
}

/**
 * The batch checks over a batch that does not fit in memory: `scan` every input in path order
 * (identical files, department sums, which project names occur in more than one file), then
 * `collect` the inputs `wanted` says hold such names (a second pass), then `findings`.
 * What it keeps: one hash per distinct file content and per distinct project name, and the
 * tables of names that occur twice — not the batch.
 */
export class BatchChecker {
  private readonly firstByHash = new Map<string, string>();
  private readonly duplicates = new Set<string>();
  private readonly out: BatchFinding[] = [];
  private readonly nameFile = new Map<number, number>();
  private readonly multi = new Set<number>();
  private ordinal = 0;
  private readonly projectSums = new Map<string, { sum: number; count: number }>();
  private readonly deptTables: { path: string; t: AuditTable; dept: string }[] = [];
  private readonly candidates = new Map<string, { path: string; t: AuditTable }[]>();

  constructor(
    private readonly lang: Lang,
    private readonly departmentOf: (t: AuditTable) => string = (t) => cleanName(t.department) || (t.kind === "department" ? cleanName(t.name) : ""),
  ) {}

  scan(f: AuditInput): void {
    // Identical files: every copy after the first (in path order) is the duplicate. Empty files are
    // reported as empty; that two are "identical" says nothing more.
    if (f.sha256 && f.bytes !== 0) {
      const first = this.firstByHash.get(f.sha256);
      if (first === undefined) this.firstByHash.set(f.sha256, f.path);
      else {
        // The other checks ignore duplicate copies: they are already reported, and would double-count.
        this.duplicates.add(f.path);
        this.out.push({ path: f.path, finding: make("batch-duplicate-file", this.lang, { file: f.path, other: first }, null, null) });
        return;
      }
    }
    const file = this.ordinal++;
    for (const t of f.tables) {
      if (t.kind !== "department") {
        const key = cleanName(t.name);
        if (key) {
          const h = hash52(key);
          const seen = this.nameFile.get(h);
          if (seen === undefined) this.nameFile.set(h, file);
          else if (seen !== file) this.multi.add(h);
        }
      }
      if (t.kind === "project" && t.budget !== null) {
        const dept = this.departmentOf(t);
        if (dept) {
          const s = this.projectSums.get(dept) ?? { sum: 0, count: 0 };
          s.sum += t.budget;
          s.count += 1;
          this.projectSums.set(dept, s);
        }
      }
      if (t.kind === "department" && t.budget !== null) this.deptTables.push({ path: f.path, t: { ...t, indicators: [] }, dept: this.departmentOf(t) });
    }
  }

  /** After every scan: does this input hold a project name found in another file too? */
  wanted(f: AuditInput): boolean {
    if (this.duplicates.has(f.path)) return false;
    return f.tables.some((t) => t.kind !== "department" && cleanName(t.name) !== "" && this.multi.has(hash52(cleanName(t.name))));
  }

  collect(f: AuditInput): void {
    if (!this.wanted(f)) return;
    for (const t of f.tables) {
      const key = cleanName(t.name);
      if (t.kind === "department" || !key || !this.multi.has(hash52(key))) continue;
      const list = this.candidates.get(key) ?? [];
      list.push({ path: f.path, t: { ...t, indicators: [] } });
      this.candidates.set(key, list);
    }
  }

  findings(): BatchFinding[] {
    const out = [...this.out];
    const lang = this.lang;
    // Same project name in several files, with different budgets or targets.
    for (const list of this.candidates.values()) {
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
    for (const { path, t, dept } of this.deptTables) {
      const s = this.projectSums.get(dept);
      if (!s || t.budget === null || sameMoney(s.sum, t.budget)) continue;
      const data = { department: dept, budget: +t.budget.toFixed(4), sum: +s.sum.toFixed(4), count: s.count };
      out.push({ path, finding: make("batch-department-budget", lang, data, t.name, locate(t, t.budgetCell)) });
    }
    return out;
  }
}

/** All batch checks over inputs in memory. */
export function batchChecks(inputs: AuditInput[], lang: Lang, departmentOf?: (t: AuditTable) => string): BatchFinding[] {
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const c = new BatchChecker(lang, departmentOf);
  for (const f of sorted) c.scan(f);
  for (const f of sorted) c.collect(f);
  return c.findings();
}
