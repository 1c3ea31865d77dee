/**
 * Per-group totals, built file by file: what the parent keeps of a batch (a few counters per group
 * and per rule), never the findings themselves. Scores and grades come out of `groups()`.
 */
import type { AuditGroup, AuditRuleStat, ScoringSpec } from "../model/audit.js";
import type { Category, FileStatus, Finding, ReportSummary } from "../model/finding.js";
import { CATEGORIES } from "../model/finding.js";
import type { Place } from "./group.js";
import { type Count, countFindings } from "./record.js";
import { FAILURE_RULES, grade, score } from "./score.js";

/** A group's counts while the batch runs: the AuditGroup's own fields, before scoring. */
interface Agg extends Omit<AuditGroup, "score" | "grade" | "history" | "topRules"> {
  scored: { errors: number; warnings: number; infos: number };
  ruleCounts: Map<string, number>;
}

const sevKey = (s: Finding["severity"]) => (s === "error" ? "errors" : s === "warning" ? "warnings" : "infos");

export class Tally {
  readonly summary: ReportSummary = { files: 0, tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 };
  private readonly aggs = new Map<string, Agg>();
  private readonly rules = new Map<string, AuditRuleStat & { groupSet: Set<string> }>();
  private readonly categories = new Map<Category, number>();

  constructor(private readonly spec: ScoringSpec) {}

  private agg(name: string): Agg {
    let a = this.aggs.get(name);
    if (!a) {
      a = { name, files: 0, tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0, noTable: 0, noIndicators: 0, guessed: 0, scored: { errors: 0, warnings: 0, infos: 0 }, ruleCounts: new Map() };
      this.aggs.set(name, a);
    }
    return a;
  }

  private groupOf(place: Place, table: string | null): string {
    return (table !== null ? place.tables.get(table) : undefined) ?? place.main;
  }

  /** One file and its own findings, counted (batch findings come later, through addBatch). */
  addFile(status: FileStatus, tables: readonly { name: string; indicatorCount: number }[], counts: readonly Count[], place: Place): void {
    this.summary.files += 1;
    const main = this.agg(place.main);
    const touched = new Set<Agg>([main]);
    if (status === "error") main.unreadable += 1;
    else if (tables.length === 0) main.noTable += 1;
    if (place.guessed) main.guessed += 1;
    for (const t of tables) {
      const a = this.agg(this.groupOf(place, t.name));
      a.tables += 1;
      a.indicators += t.indicatorCount;
      if (t.indicatorCount === 0) a.noIndicators += 1;
      touched.add(a);
      this.summary.tables += 1;
      this.summary.indicators += t.indicatorCount;
    }
    this.addCounts(counts, place, touched);
    for (const a of touched) a.files += 1;
  }

  /** Findings of the batch checks for one file (after its addFile). */
  addBatch(findings: Finding[], place: Place): void {
    this.addCounts(countFindings(findings), place, new Set());
  }

  private addCounts(counts: readonly Count[], place: Place, touched: Set<Agg>): void {
    const rulesHere = new Set<string>();
    for (const [table, , ruleId, severity, category, n] of counts) {
      const g = this.groupOf(place, table);
      const a = this.agg(g);
      touched.add(a);
      const k = sevKey(severity);
      this.summary[k] += n;
      a[k] += n;
      if (!FAILURE_RULES.has(ruleId)) a.scored[k] += n;
      a.ruleCounts.set(ruleId, (a.ruleCounts.get(ruleId) ?? 0) + n);
      this.categories.set(category, (this.categories.get(category) ?? 0) + n);
      let r = this.rules.get(ruleId);
      if (!r) {
        r = { ruleId, category, severity, count: 0, files: 0, groups: 0, groupSet: new Set() };
        this.rules.set(ruleId, r);
      }
      r.count += n;
      if (!rulesHere.has(ruleId)) {
        rulesHere.add(ruleId);
        r.files += 1;
      }
      r.groupSet.add(g);
    }
  }

  /** Groups worst first (then by name), scored. */
  groups(): AuditGroup[] {
    return [...this.aggs.values()]
      .map((a) => {
        const s = score({ tables: a.tables, unreadable: a.unreadable, noTable: a.noTable, noIndicators: a.noIndicators, ...a.scored }, this.spec);
        const topRules = [...a.ruleCounts.entries()]
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
          .slice(0, 3)
          .map(([ruleId, count]) => ({ ruleId, count }));
        return {
          name: a.name,
          files: a.files,
          tables: a.tables,
          indicators: a.indicators,
          errors: a.errors,
          warnings: a.warnings,
          infos: a.infos,
          unreadable: a.unreadable,
          noTable: a.noTable,
          noIndicators: a.noIndicators,
          guessed: a.guessed,
          score: s,
          grade: grade(s, this.spec),
          topRules,
        };
      })
      .sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  ruleStats(): AuditRuleStat[] {
    return [...this.rules.values()]
      .map(({ groupSet, ...r }) => ({ ...r, groups: groupSet.size }))
      .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1));
  }

  categoryStats(): { category: Category; count: number }[] {
    return CATEGORIES.filter((c) => this.categories.has(c)).map((c) => ({ category: c, count: this.categories.get(c) ?? 0 }));
  }
}
