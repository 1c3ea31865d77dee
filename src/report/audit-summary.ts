/** The terminal summary of `pbm audit`: one row per department (worst first), then the top rules. */
import Table from "cli-table3";
import type { AuditReport } from "../model/audit.js";
import type { ReportContext } from "./types.js";
import { auditLabels, categoryLabel, gradeLabel, topRulesText } from "./audit-labels.js";

export default function auditSummary(report: AuditReport, ctx: ReportContext): string {
  const L = auditLabels(ctx.lang);
  const s = report.summary;
  const a = report.audit;
  const table = new Table({
    head: [L.group[a.groupBy], L.col.grade, L.col.score, L.col.files, L.col.tables, L.col.indicators, L.col.errors, L.col.warnings, L.col.topRules],
    style: { head: [], border: [] },
    // No rule between rows: a hundred departments should stay readable on one screen width.
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const g of a.groups) {
    table.push([g.name, gradeLabel(g.grade, ctx.lang), g.score.toFixed(1), g.files, g.tables, g.indicators, g.errors, g.warnings, topRulesText(g.topRules)]);
  }
  const lines = [L.title, L.totals(s.files, s.tables, s.indicators, s.errors, s.warnings, s.infos), table.toString()];
  if (a.rules.length > 0) {
    lines.push(`${L.byRule}:`);
    for (const r of a.rules.slice(0, 10)) lines.push(`  ${String(r.count).padStart(6)}  ${r.ruleId} (${categoryLabel(r.category, ctx.lang)})`);
  }
  lines.push(L.scoreNote);
  return lines.join("\n") + "\n";
}
