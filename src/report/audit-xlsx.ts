/**
 * The audit workbook, written as a stream (xlsx-stream.ts) from the audit's view:
 *   汇总 (per group, with a 合计 row), 评分说明 (how a score is computed, with this run's weights),
 *   问题清单 (exactly one row per finding), 规则统计, 指标清单, 历年对比 (with --history), then one
 *   sheet per group with every finding of that group (not with --group-by file). Rules are shown by their Chinese name (the id
 *   beside it); every finding links to its file, sheet and cell.
 */
import type { AuditView, FindingRow } from "../model/audit.js";
import type { Finding } from "../model/finding.js";
import type { ReportContext } from "./types.js";
import { auditLabels, categoryLabel, gradeLabel, ruleName, severityLabel, topRulesText } from "./audit-labels.js";
import { scoringRows } from "./audit-scoring.js";
import { absolutePath, baseName, displayPath } from "./paths.js";
import { type XCell, type XSheet, writeXlsx } from "./xlsx-stream.js";

/** The last file's link base: findings come file by file, and a province's 450,000 findings each worked it out again. */
let lastBase: { file: string; cwd: string; out: string | undefined; rel: string } | null = null;

function linkBase(filePath: string, ctx: Pick<ReportContext, "cwd" | "outputDir">): string {
  const b = lastBase;
  if (b && b.file === filePath && b.cwd === ctx.cwd && b.out === ctx.outputDir) return b.rel;
  // No node:path: reporters run in the browser too (src/web).
  const rel = displayPath(absolutePath(filePath, ctx.cwd), ctx.outputDir ?? ctx.cwd);
  lastBase = { file: filePath, cwd: ctx.cwd, out: ctx.outputDir, rel };
  return rel;
}

/** A link from the workbook to the finding's file, sheet and cell (relative to where the workbook is). */
export function findingLink(filePath: string, x: Pick<Finding, "location">, ctx: Pick<ReportContext, "cwd" | "outputDir">): { link: string; text: string } {
  const rel = linkBase(filePath, ctx);
  const where = x.location ? `#'${x.location.sheet.replace(/'/g, "''")}'!${x.location.cell}` : "";
  const text = x.location ? `${x.location.sheet}!${x.location.cell}` : baseName(filePath);
  return { link: `${rel}${where}`, text };
}

export function auditXlsxStream(v: AuditView, ctx: ReportContext, emit: (chunk: Uint8Array) => void): void {
  const L = auditLabels(ctx.lang);
  const lang = ctx.lang;
  const h = v.head;
  const s = v.summary;
  const spec = h.scoring;
  const groupHead = L.group[h.groupBy];
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  const rname = (id: string) => ruleName(id, rules, lang);
  const history = h.history;

  const summary = (): XSheet => {
    const head = [groupHead, L.col.grade, L.col.score, L.col.files, L.col.tables, L.col.indicators, L.col.errors, L.col.warnings, L.col.infos, L.col.unreadable, L.col.noTable, L.col.noIndicators, L.col.guessed];
    if (history) head.push(L.col.previousScore, L.col.isNew, L.col.fixed, L.col.recurring);
    head.push(L.col.topRules);
    const rows: XCell[][] = h.groups.map((g) => {
      const row: XCell[] = [g.name, gradeLabel(g.grade, lang, spec), g.score, g.files, g.tables, g.indicators, g.errors, g.warnings, g.infos, g.unreadable, g.noTable, g.noIndicators, g.guessed];
      if (history) row.push(g.history?.previousScore ?? null, g.history?.new ?? 0, g.history?.fixed ?? 0, g.history?.recurring ?? 0);
      row.push(topRulesText(g.topRules, rname));
      return row;
    });
    const sum = (k: "unreadable" | "noTable" | "noIndicators" | "guessed") => h.groups.reduce((n, g) => n + g[k], 0);
    const total: XCell[] = [L.total, null, null, s.files, s.tables, s.indicators, s.errors, s.warnings, s.infos, sum("unreadable"), sum("noTable"), sum("noIndicators"), sum("guessed")];
    if (history) total.push(null, history.totals.new, history.totals.fixed, history.totals.recurring);
    total.push(null);
    rows.push(total);
    return { name: L.sheets.summary, head, rows, formats: head.map((_, i) => (i === 2 || (history && i === 13) ? "score" : undefined)) };
  };

  const findingRow = (r: FindingRow, withGroup: boolean): XCell[] => {
    const x = r.finding;
    const row: XCell[] = [r.path, x.table, x.location?.sheet ?? null, x.location?.cell ?? null, x.indicator, rname(x.ruleId), x.ruleId, categoryLabel(x.category, lang), severityLabel(x.severity, lang), x.message, findingLink(r.path, x, ctx)];
    return withGroup ? [v.groupOf(r.path, x.table), ...row] : row;
  };
  const findingHead = [L.col.file, L.col.table, L.col.sheet, L.col.cell, L.col.indicator, L.col.rule, L.col.ruleId, L.col.category, L.col.severity, L.col.message, L.col.link];

  function* sheets(): Iterable<XSheet> {
    yield summary();
    yield { name: L.sheets.scoring, head: [L.col.item, L.col.value], rows: scoringRows(spec, lang), plain: true, widths: [18, 100] };
    yield {
      name: L.sheets.findings,
      head: [groupHead, ...findingHead],
      rows: (function* () {
        for (const f of v.files()) for (const x of f.findings) yield findingRow({ path: f.path, finding: x }, true);
      })(),
    };
    yield {
      name: L.sheets.rules,
      head: [L.col.rule, L.col.ruleId, L.col.category, L.col.severity, L.col.count, L.col.fileCount, L.col.groupCount, L.col.summary],
      rows: h.rules.map((r) => [rname(r.ruleId), r.ruleId, categoryLabel(r.category, lang), severityLabel(r.severity, lang), r.count, r.files, r.groups, rules.get(r.ruleId)?.summary[lang] ?? null]),
    };
    yield {
      name: L.sheets.indicators,
      head: [groupHead, L.col.file, L.col.table, L.col.sheet, L.col.cell, L.col.level1, L.col.level2, L.col.name, L.col.operator, L.col.targetValue, L.col.unit, L.col.deadline],
      rows: (function* () {
        for (const input of v.inputs()) {
          for (const t of input.tables) {
            const g = v.groupOf(input.path, t.name);
            for (const i of t.indicators) yield [g, input.path, t.name, t.sheet, i.cell, i.level1, i.level2, i.name, i.operator, i.value, i.unit, i.deadline];
          }
        }
      })(),
    };
    if (history) {
      yield {
        name: L.sheets.changes,
        head: [groupHead, L.col.status, L.col.rule, L.col.ruleId, L.col.table, L.col.indicator, L.col.count],
        rows: history.changes.map((c) => [c.group, L.status[c.status], rname(c.ruleId), c.ruleId, c.table || null, c.indicator || null, c.count]),
      };
    }
    // A sheet per department (or folder); grouped by file, 问题清单 already is that list.
    for (const g of h.groupBy === "file" ? [] : h.groups) {
      yield { name: g.name, head: findingHead, rows: (function* () {
        for (const r of v.groupFindings(g.name)) yield findingRow(r, false);
      })() };
    }
  }
  writeXlsx(sheets(), emit);
}

/** The workbook in memory (tests, small audits). */
export default function auditXlsx(v: AuditView, ctx: ReportContext): Uint8Array {
  const parts: Uint8Array[] = [];
  auditXlsxStream(v, ctx, (c) => parts.push(c));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
