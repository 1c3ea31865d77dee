/** Findings → the edits `pbm fix` applies (safe) and shows (suggestions). */
import type { Finding, Fix, Lang } from "../model/finding.js";
import type { EditOutcome, PlannedEdit } from "../model/fix.js";

export interface FixPlan {
  /** Safe edits, one per cell, in finding order. */
  edits: PlannedEdit[];
  /** Safe edits that disagree with an earlier edit of the same cell: never applied. */
  conflicts: PlannedEdit[];
  suggestions: PlannedEdit[];
}

const key = (e: { sheet: string; cell: string }) => `${e.sheet}\u0000${e.cell}`;

export function planFixes(findings: readonly Finding[]): FixPlan {
  const plan: FixPlan = { edits: [], conflicts: [], suggestions: [] };
  const byCell = new Map<string, PlannedEdit>();
  for (const f of findings) {
    if (!f.fix) continue;
    for (const e of f.fix.edits) {
      const edit: PlannedEdit = { sheet: e.sheet, cell: e.cell, from: e.from, to: e.to, ruleId: f.ruleId, table: f.table, indicator: f.indicator };
      if (f.fix.kind === "suggestion") {
        plan.suggestions.push(edit);
        continue;
      }
      const prior = byCell.get(key(e));
      if (!prior) {
        byCell.set(key(e), edit);
        plan.edits.push(edit);
      } else if (prior.to !== e.to || prior.from !== e.from) plan.conflicts.push(edit);
    }
  }
  return plan;
}

/** Error findings the applied edits do not resolve: those without a safe fix, or with an edit that was not applied. */
export function remainingErrors(findings: readonly Finding[], outcomes: readonly EditOutcome[]): number {
  const applied = new Set(outcomes.filter((o) => o.status === "applied").map((o) => `${key(o)}\u0000${o.to}`));
  return findings.filter(
    (f) => f.severity === "error" && !(f.fix?.kind === "safe" && f.fix.edits.length > 0 && f.fix.edits.every((e) => applied.has(`${key(e)}\u0000${e.to}`))),
  ).length;
}

/**
 * One line describing a finding's fix, for `pbm validate --fix-dry-run`:
 * "可自动修复：E14 <= → >=" / "fixable: E14 <= → >=" (suggestions say so).
 */
export function describeFix(fix: Fix, lang: Lang): string {
  const label = fix.kind === "safe" ? (lang === "zh" ? "可自动修复" : "fixable") : lang === "zh" ? "建议修改（不自动修复）" : "suggested (not applied)";
  const sep = lang === "zh" ? "；" : "; ";
  return `${label}${lang === "zh" ? "：" : ": "}${fix.edits.map((e) => `${e.sheet}!${e.cell} ${show(e.from)} → ${show(e.to)}`).join(sep)}`;
}

/** Empty or space-padded texts made visible in messages. */
export function show(text: string): string {
  return text === "" || text !== text.trim() ? JSON.stringify(text) : text;
}
