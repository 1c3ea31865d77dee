/**
 * The audit workbook: 汇总 (per group, with a 合计 row), 问题清单 (exactly one row per finding),
 * 规则统计 and 指标清单. Plain cells only — SheetJS CE writes no styles — with column widths,
 * an autofilter on every sheet and a compressed zip, so it opens cleanly in Excel, WPS and LibreOffice.
 */
import * as XLSX from "xlsx";
import { groupOfTable, type AuditReport } from "../model/audit.js";
import type { ReportContext } from "./types.js";
import { auditLabels, categoryLabel, gradeLabel, severityLabel, topRulesText } from "./audit-labels.js";

type Cell = string | number | null;

/** Excel's limit for one cell's text. */
const MAX_TEXT = 32767;

const clip = (v: Cell): Cell => (typeof v === "string" && v.length > MAX_TEXT ? v.slice(0, MAX_TEXT - 1) + "…" : v);

/** Display width: CJK and full-width characters take two columns. */
function width(v: Cell): number {
  if (v === null) return 0;
  let w = 0;
  for (const ch of String(v)) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function sheet(head: string[], rows: Cell[][], filterRows = rows.length): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([head, ...rows.map((r) => r.map(clip))]);
  ws["!cols"] = head.map((h, c) => {
    let w = width(h);
    // The first rows tell the width well enough; scanning every row of a large batch is wasted time.
    for (let r = 0; r < Math.min(rows.length, 2000); r++) w = Math.max(w, width(rows[r][c]));
    return { wch: Math.min(60, Math.max(6, w + 2)) };
  });
  ws["!autofilter"] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(filterRows, 1), c: head.length - 1 } }) };
  return ws;
}

export default function auditXlsx(report: AuditReport, ctx: ReportContext): Uint8Array {
  const L = auditLabels(ctx.lang);
  const a = report.audit;
  const s = report.summary;
  const groupHead = L.group[a.groupBy];
  const wb = XLSX.utils.book_new();

  const summaryRows: Cell[][] = a.groups.map((g) => [g.name, gradeLabel(g.grade, ctx.lang), g.score, g.files, g.tables, g.indicators, g.errors, g.warnings, g.infos, topRulesText(g.topRules)]);
  summaryRows.push([L.total, null, null, s.files, s.tables, s.indicators, s.errors, s.warnings, s.infos, null]);
  XLSX.utils.book_append_sheet(
    wb,
    sheet([groupHead, L.col.grade, L.col.score, L.col.files, L.col.tables, L.col.indicators, L.col.errors, L.col.warnings, L.col.infos, L.col.topRules], summaryRows, a.groups.length),
    L.sheets.summary,
  );

  const findingRows: Cell[][] = [];
  for (const f of report.files) {
    for (const x of f.findings) {
      findingRows.push([groupOfTable(a, f.path, x.table), f.path, x.table, x.location?.sheet ?? null, x.location?.cell ?? null, x.indicator, x.ruleId, categoryLabel(x.category, ctx.lang), severityLabel(x.severity, ctx.lang), x.message]);
    }
  }
  XLSX.utils.book_append_sheet(
    wb,
    sheet([groupHead, L.col.file, L.col.table, L.col.sheet, L.col.cell, L.col.indicator, L.col.rule, L.col.category, L.col.severity, L.col.message], findingRows),
    L.sheets.findings,
  );

  const summaries = new Map(ctx.rules.map((r) => [r.id, r.summary[ctx.lang]]));
  const ruleRows: Cell[][] = a.rules.map((r) => [r.ruleId, categoryLabel(r.category, ctx.lang), severityLabel(r.severity, ctx.lang), r.count, r.files, r.groups, summaries.get(r.ruleId) ?? null]);
  XLSX.utils.book_append_sheet(
    wb,
    sheet([L.col.rule, L.col.category, L.col.severity, L.col.count, L.col.fileCount, L.col.groupCount, L.col.summary], ruleRows),
    L.sheets.rules,
  );

  const indicatorRows: Cell[][] = [];
  for (const input of a.inputs) {
    for (const t of input.tables) {
      const g = groupOfTable(a, input.path, t.name);
      for (const i of t.indicators) indicatorRows.push([g, input.path, t.name, t.sheet, i.cell, i.level1, i.level2, i.name, i.operator, i.value, i.unit, i.deadline]);
    }
  }
  XLSX.utils.book_append_sheet(
    wb,
    sheet([groupHead, L.col.file, L.col.table, L.col.sheet, L.col.cell, L.col.level1, L.col.level2, L.col.name, L.col.operator, L.col.value, L.col.unit, L.col.deadline], indicatorRows),
    L.sheets.indicators,
  );

  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}
