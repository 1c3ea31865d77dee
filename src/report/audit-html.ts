/**
 * The audit as one self-contained HTML page: inline CSS and SVG bar charts (findings by
 * category, by rule, groups ranked by score), the summary table and each group's findings.
 * No script and nothing fetched; every piece of user data is escaped.
 */
import { groupOfTable, type AuditReport } from "../model/audit.js";
import type { Lang } from "../model/finding.js";
import type { ReportContext } from "./types.js";
import { auditLabels, categoryLabel, gradeLabel, severityLabel, topRulesText } from "./audit-labels.js";

const esc = (s: unknown): string =>
  String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

interface Bar {
  label: string;
  value: number;
  color: string;
  note?: string;
}

function barChart(title: string, bars: Bar[], max?: number): string {
  const rowH = 22;
  const labelW = 300;
  const barW = 420;
  const top = 8;
  const h = top + bars.length * rowH + 8;
  const m = max ?? Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => {
    const y = top + i * rowH;
    const w = Math.max(1, Math.round((b.value / m) * barW));
    const short = b.label.length > 22 ? b.label.slice(0, 21) + "…" : b.label;
    return `<g><title>${esc(b.label)}: ${esc(b.note ?? b.value)}</title><text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(short)}</text><rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${b.color}"/><text x="${labelW + w + 4}" y="${y + 15}">${esc(b.note ?? b.value)}</text></g>`;
  });
  return `<figure><figcaption>${esc(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${labelW + barW + 80}" height="${h}" viewBox="0 0 ${labelW + barW + 80} ${h}" font-size="12">${rows.join("")}</svg></figure>`;
}

const GRADE_COLOR = { 优: "#2e7d32", 良: "#558b2f", 中: "#f9a825", 差: "#c62828" } as const;
const SEV_CLASS = { error: "e", warning: "w", info: "i" } as const;

export default function auditHtml(report: AuditReport, ctx: ReportContext): string {
  const lang: Lang = ctx.lang;
  const L = auditLabels(lang);
  const a = report.audit;
  const s = report.summary;
  const groupHead = L.group[a.groupBy];

  const charts = [
    barChart(L.byCategory, a.categories.map((c) => ({ label: categoryLabel(c.category, lang), value: c.count, color: "#1565c0" }))),
    barChart(L.byRule, a.rules.slice(0, 20).map((r) => ({ label: r.ruleId, value: r.count, color: r.severity === "error" ? "#c62828" : r.severity === "warning" ? "#ef6c00" : "#607d8b" }))),
    barChart(
      L.ranking(groupHead),
      a.groups.map((g) => ({ label: g.name, value: g.score, color: GRADE_COLOR[g.grade], note: `${g.score.toFixed(1)} ${gradeLabel(g.grade, lang)}` })),
      100,
    ),
  ];

  const head = [groupHead, L.col.grade, L.col.score, L.col.files, L.col.tables, L.col.indicators, L.col.errors, L.col.warnings, L.col.infos, L.col.topRules];
  const summaryRows = a.groups
    .map((g) => `<tr><td>${esc(g.name)}</td><td>${esc(gradeLabel(g.grade, lang))}</td><td>${g.score.toFixed(1)}</td><td>${g.files}</td><td>${g.tables}</td><td>${g.indicators}</td><td>${g.errors}</td><td>${g.warnings}</td><td>${g.infos}</td><td>${esc(topRulesText(g.topRules))}</td></tr>`)
    .join("\n");
  const totalRow = `<tr class="total"><td>${esc(L.total)}</td><td></td><td></td><td>${s.files}</td><td>${s.tables}</td><td>${s.indicators}</td><td>${s.errors}</td><td>${s.warnings}</td><td>${s.infos}</td><td></td></tr>`;

  // Findings under the department of the table they are about (a file may hold several departments' tables).
  const rowsByGroup = new Map<string, string[]>();
  for (const f of report.files) {
    for (const x of f.findings) {
      const g = groupOfTable(a, f.path, x.table);
      const row = `<tr class="${SEV_CLASS[x.severity]}"><td>${esc(f.path)}</td><td>${esc(x.table)}</td><td>${esc(x.location?.sheet)}</td><td>${esc(x.location?.cell)}</td><td>${esc(x.indicator)}</td><td>${esc(x.ruleId)}</td><td>${esc(severityLabel(x.severity, lang))}</td><td>${esc(x.message)}</td></tr>`;
      const list = rowsByGroup.get(g);
      if (list) list.push(row);
      else rowsByGroup.set(g, [row]);
    }
  }
  const fHead = [L.col.file, L.col.table, L.col.sheet, L.col.cell, L.col.indicator, L.col.rule, L.col.severity, L.col.message];
  const sections = a.groups.map((g) => {
    const rows = rowsByGroup.get(g.name) ?? [];
    const body = rows.length ? `<table><thead><tr>${fHead.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows.join("\n")}</tbody></table>` : `<p>${esc(L.noFindings)}</p>`;
    return `<details><summary>${esc(g.name)} — ${esc(gradeLabel(g.grade, lang))} ${g.score.toFixed(1)} · ${esc(L.col.errors)} ${g.errors} · ${esc(L.col.warnings)} ${g.warnings}</summary>${body}</details>`;
  });

  return `<!doctype html>
<html lang="${lang === "en" ? "en" : "zh-CN"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L.title)}</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0;font-size:13px}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0}tr.total td{font-weight:bold;background:#fafafa}tr.e td:nth-child(7){color:#c62828}tr.w td:nth-child(7){color:#ef6c00}
figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:.25rem}details{margin:.3rem 0}summary{cursor:pointer}
</style>
</head>
<body>
<h1>${esc(L.title)}</h1>
<p>${esc(L.totals(s.files, s.tables, s.indicators, s.errors, s.warnings, s.infos))}</p>
<p>${esc(L.scoreNote)}</p>
${charts.join("\n")}
<h2>${esc(groupHead)}</h2>
<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>
${summaryRows}
${totalRow}
</tbody></table>
<h2>${esc(L.perGroup(groupHead))}</h2>
${sections.join("\n")}
</body>
</html>
`;
}
