/** The terminal summary of `pbm audit`: one row per department (worst first), then the top rules. */
import Table from "./table.js";
import type { AuditView } from "../model/audit.js";
import type { ReportContext } from "./types.js";
import { auditLabels, categoryLabel, gradeLabel, ruleName, topRulesText } from "./audit-labels.js";
import { scoringText } from "./audit-scoring.js";

export default function auditSummary(v: AuditView, ctx: ReportContext): string {
  const L = auditLabels(ctx.lang);
  const s = v.summary;
  const h = v.head;
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  const rname = (id: string) => ruleName(id, rules, ctx.lang);
  const table = new Table({
    head: [L.group[h.groupBy], L.col.grade, L.col.score, L.col.files, L.col.tables, L.col.errors, L.col.warnings, `${L.col.unreadable}/${L.col.noTable}/${L.col.noIndicators}`, ...(h.history ? [`${L.col.isNew}/${L.col.fixed}/${L.col.recurring}`] : []), L.col.topRules],
    style: { head: [], border: [] },
    // No rule between rows: a hundred departments should stay readable on one screen width.
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const g of h.groups) {
    const hist = g.history ? [`${g.history.new}/${g.history.fixed}/${g.history.recurring}`] : h.history ? ["0/0/0"] : [];
    table.push([g.name, gradeLabel(g.grade, ctx.lang, h.scoring), g.score.toFixed(1), g.files, g.tables, g.errors, g.warnings, `${g.unreadable}/${g.noTable}/${g.noIndicators}`, ...hist, topRulesText(g.topRules, rname)]);
  }
  const lines = [L.title, L.totals(s.files, s.tables, s.indicators, s.errors, s.warnings, s.infos), table.toString()];
  if (h.rules.length > 0) {
    lines.push(`${L.byRule}:`);
    for (const r of h.rules.slice(0, 10)) lines.push(`  ${String(r.count).padStart(6)}  ${rname(r.ruleId)} (${r.ruleId}, ${categoryLabel(r.category, ctx.lang)})`);
  }
  const t = scoringText(h.scoring);
  lines.push(t.formula[ctx.lang], t.bands[ctx.lang]);
  return lines.join("\n") + "\n";
}
