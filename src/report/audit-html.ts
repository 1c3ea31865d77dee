/**
 * The audit as one self-contained HTML page, readable on a phone: inline CSS that turns the tables
 * into cards below 640 px, inline-SVG charts that scale to the screen (each with a title, a legend and
 * axis labels), how the score is computed, the summary table, the changes since the last run (with
 * --history, and a trend chart), and each group's findings (the first HTML_ROWS of them; the
 * workbook has all). No script and nothing fetched; every piece of user data is escaped.
 */
import type { AuditView } from "../model/audit.js";
import type { Lang } from "../model/finding.js";
import type { ReportContext } from "./types.js";
import { auditLabels, categoryLabel, gradeLabel, gradeRank, ruleName, severityLabel, topRulesText } from "./audit-labels.js";
import { scoringRows } from "./audit-scoring.js";

/** Findings listed per group on the page; the workbook lists every one. */
export const HTML_ROWS = 500;

const esc = (s: unknown): string =>
  String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

interface Bar {
  label: string;
  value: number;
  color: string;
  note?: string;
}

interface LegendItem {
  label: string;
  color: string;
}

const legendHtml = (items: LegendItem[]) =>
  `<ul class="legend">${items.map((i) => `<li><span class="key" style="background:${i.color}"></span>${esc(i.label)}</li>`).join("")}</ul>`;

/** Long names lose their middle, not their end: "重庆市潼…田家镇人民政府" still tells the towns apart. */
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.floor((n - 1) / 3))}…${s.slice(-(n - 1 - Math.floor((n - 1) / 3)))}` : s);

/** A horizontal bar chart sized for a phone (it scales up, never spills over). */
function barChart(o: { id: string; title: string; bars: Bar[]; xLabel: string; yLabel: string; legend: LegendItem[]; max?: number }): string {
  const rowH = 20;
  const labelW = 150;
  const barW = 250;
  const top = 24;
  const W = labelW + barW + 60;
  const H = top + o.bars.length * rowH + 40;
  const m = o.max ?? Math.max(1, ...o.bars.map((b) => b.value));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(m * f));
  const x = (v: number) => labelW + (v / m) * barW;
  const axisY = top + o.bars.length * rowH + 4;
  const grid = ticks
    .map((t) => `<line x1="${x(t)}" y1="${top - 4}" x2="${x(t)}" y2="${axisY}" class="grid"/><text x="${x(t)}" y="${axisY + 14}" text-anchor="middle" class="tick">${t}</text>`)
    .join("");
  const rows = o.bars.map((b, i) => {
    const y = top + i * rowH;
    const w = Math.max(1, Math.round((b.value / m) * barW));
    return `<g><title>${esc(b.label)}: ${esc(b.note ?? b.value)}</title><text x="${labelW - 6}" y="${y + 14}" text-anchor="end">${esc(short(b.label, 11))}</text><rect class="bar" x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${b.color}"/><text x="${labelW + w + 4}" y="${y + 14}">${esc(b.note ?? b.value)}</text></g>`;
  });
  const axes = `<text x="${labelW - 6}" y="14" text-anchor="end" class="axis">${esc(o.yLabel)}</text><text x="${labelW + barW / 2}" y="${H - 4}" text-anchor="middle" class="axis">${esc(o.xLabel)}</text><line x1="${labelW}" y1="${top - 4}" x2="${labelW}" y2="${axisY}" class="axisline"/>`;
  return `<figure id="${o.id}"><figcaption>${esc(o.title)}</figcaption>${legendHtml(o.legend)}<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(o.title)}" viewBox="0 0 ${W} ${H}" font-size="11">${grid}${axes}${rows.join("")}</svg></figure>`;
}

/** Lines over runs (the --history trend). */
function lineChart(o: { id: string; title: string; xs: string[]; series: { label: string; color: string; values: number[] }[]; xLabel: string; yLabel: string }): string {
  const W = 460;
  const H = 240;
  const left = 50;
  const right = 20;
  const top = 20;
  const bottom = 50;
  const max = Math.max(1, ...o.series.flatMap((s) => s.values));
  const n = o.xs.length;
  const x = (i: number) => left + (n <= 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (n - 1));
  const y = (v: number) => top + (1 - v / max) * (H - top - bottom);
  const ticks = [0, 0.5, 1].map((f) => Math.round(max * f));
  const grid = ticks.map((t) => `<line x1="${left}" y1="${y(t)}" x2="${W - right}" y2="${y(t)}" class="grid"/><text x="${left - 4}" y="${y(t) + 4}" text-anchor="end" class="tick">${t}</text>`).join("");
  const xt = o.xs.map((l, i) => `<text x="${x(i)}" y="${H - bottom + 16}" text-anchor="middle" class="tick">${esc(l)}</text>`).join("");
  const lines = o.series
    .map((s) => {
      const pts = s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ");
      const dots = s.values.map((v, i) => `<circle cx="${x(i)}" cy="${y(v)}" r="3" fill="${s.color}"><title>${esc(s.label)} ${esc(o.xs[i])}: ${v}</title></circle>`).join("");
      return `<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="2"/>${dots}`;
    })
    .join("");
  const axes = `<text x="${(left + W - right) / 2}" y="${H - 6}" text-anchor="middle" class="axis">${esc(o.xLabel)}</text><text x="12" y="${(top + H - bottom) / 2}" text-anchor="middle" class="axis" transform="rotate(-90 12 ${(top + H - bottom) / 2})">${esc(o.yLabel)}</text>`;
  return `<figure id="${o.id}"><figcaption>${esc(o.title)}</figcaption>${legendHtml(o.series)}<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(o.title)}" viewBox="0 0 ${W} ${H}" font-size="11">${grid}${xt}${axes}${lines}</svg></figure>`;
}

const GRADE_COLORS = ["#2e7d32", "#7cb342", "#f9a825", "#ef6c00", "#c62828"];
const SEV_COLOR = { error: "#c62828", warning: "#ef6c00", info: "#607d8b" } as const;
const SEV_CLASS = { error: "e", warning: "w", info: "i" } as const;

function gradeColor(rank: { rank: number; of: number }): string {
  if (rank.of <= 1) return GRADE_COLORS[0];
  return GRADE_COLORS[Math.round((rank.rank / (rank.of - 1)) * (GRADE_COLORS.length - 1))];
}

const CSS = `*{box-sizing:border-box}
body{font-family:system-ui,"Noto Sans SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;padding:1rem;max-width:1100px;color:#222;line-height:1.5;overflow-wrap:anywhere}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:13px;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eef3f8}tr.total td{font-weight:bold;background:#fafafa}td.e{color:#c62828}td.w{color:#ef6c00}
figure{margin:1rem 0;max-width:720px}figcaption{font-weight:bold;margin-bottom:.25rem}svg{width:100%;height:auto;display:block}
svg .grid{stroke:#e0e0e0}svg .axisline{stroke:#999}svg .tick{fill:#666;font-size:10px}svg .axis{fill:#333;font-weight:bold}
.legend{list-style:none;padding:0;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:13px}.legend .key{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;border-radius:2px}
details{margin:.3rem 0;border:1px solid #ddd;border-radius:4px;padding:.3rem .5rem}summary{cursor:pointer}
dl.scoring dt{font-weight:bold}dl.scoring dd{margin:0 0 .5rem 0}
.note{color:#555;font-size:13px}
@media (max-width:640px){
body{padding:.6rem}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards thead{display:none}
table.cards tr{border:1px solid #ccc;border-radius:4px;margin:0 0 .5rem 0;padding:.2rem .4rem}
table.cards td{border:none;padding:1px 0}
table.cards td::before{content:attr(data-label) "：";color:#666}
}`;

export function auditHtmlStream(v: AuditView, ctx: ReportContext, emit: (chunk: string) => void): void {
  const lang: Lang = ctx.lang;
  const L = auditLabels(lang);
  const h = v.head;
  const s = v.summary;
  const spec = h.scoring;
  const history = h.history;
  const groupHead = L.group[h.groupBy];
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  const rname = (id: string) => ruleName(id, rules, lang);
  const bands = [...spec.grades].sort((a, b) => b.min - a.min);

  const charts = [
    barChart({
      id: "chart-categories",
      title: L.byCategory,
      xLabel: L.axis.count,
      yLabel: L.col.category,
      legend: [{ label: L.axis.count, color: "#1565c0" }],
      bars: h.categories.map((c) => ({ label: categoryLabel(c.category, lang), value: c.count, color: "#1565c0" })),
    }),
    barChart({
      id: "chart-rules",
      title: L.byRule,
      xLabel: L.axis.count,
      yLabel: L.axis.rule,
      legend: (["error", "warning", "info"] as const).map((k) => ({ label: L.legend[k], color: SEV_COLOR[k] })),
      bars: h.rules.slice(0, 20).map((r) => ({ label: rname(r.ruleId), value: r.count, color: SEV_COLOR[r.severity] })),
    }),
    barChart({
      id: "chart-ranking",
      title: L.ranking(groupHead),
      xLabel: L.axis.score,
      yLabel: groupHead,
      legend: bands.map((b) => ({ label: `${gradeLabel(b.name, lang, spec)} ≥ ${b.min}`, color: gradeColor(gradeRank(b.name, spec)) })),
      bars: h.groups.map((g) => ({ label: g.name, value: g.score, color: gradeColor(gradeRank(g.grade, spec)), note: `${g.score.toFixed(1)} ${gradeLabel(g.grade, lang, spec)}` })),
      max: 100,
    }),
  ];
  if (history && history.runs.length) {
    const xs = history.runs.map((r) => (r.budgetYear !== null ? String(r.budgetYear) : r.finishedAt.slice(0, 10)));
    charts.push(
      lineChart({
        id: "chart-trend",
        title: L.trend,
        xs,
        xLabel: L.axis.run,
        yLabel: L.axis.count,
        series: [
          { label: L.legend.error, color: SEV_COLOR.error, values: history.runs.map((r) => r.errors) },
          { label: L.legend.warning, color: SEV_COLOR.warning, values: history.runs.map((r) => r.warnings) },
          { label: L.col.unreadable + " / " + L.col.noTable + " / " + L.col.noIndicators, color: "#6a1b9a", values: history.runs.map((r) => r.failures) },
        ],
      }),
    );
  }

  const cell = (label: string, value: unknown, cls = "") => `<td data-label="${esc(label)}"${cls ? ` class="${cls}"` : ""}>${esc(value)}</td>`;
  const head = [groupHead, L.col.grade, L.col.score, L.col.files, L.col.tables, L.col.indicators, L.col.errors, L.col.warnings, L.col.infos, L.col.unreadable, L.col.noTable, L.col.noIndicators, L.col.guessed];
  if (history) head.push(L.col.previousScore, L.col.isNew, L.col.fixed, L.col.recurring);
  head.push(L.col.topRules);
  const summaryRows = h.groups.map((g) => {
    const vals: unknown[] = [g.name, gradeLabel(g.grade, lang, spec), g.score.toFixed(1), g.files, g.tables, g.indicators, g.errors, g.warnings, g.infos, g.unreadable, g.noTable, g.noIndicators, g.guessed];
    if (history) vals.push(g.history?.previousScore ?? "", g.history?.new ?? 0, g.history?.fixed ?? 0, g.history?.recurring ?? 0);
    vals.push(topRulesText(g.topRules, rname));
    return `<tr>${vals.map((x, i) => cell(head[i], x)).join("")}</tr>`;
  });
  const sum = (k: "unreadable" | "noTable" | "noIndicators" | "guessed") => h.groups.reduce((n, g) => n + g[k], 0);
  const totalVals: unknown[] = [L.total, "", "", s.files, s.tables, s.indicators, s.errors, s.warnings, s.infos, sum("unreadable"), sum("noTable"), sum("noIndicators"), sum("guessed")];
  if (history) totalVals.push("", history.totals.new, history.totals.fixed, history.totals.recurring);
  totalVals.push("");
  const totalRow = `<tr class="total">${totalVals.map((x, i) => cell(head[i], x)).join("")}</tr>`;

  emit(`<!doctype html>
<html lang="${lang === "en" ? "en" : "zh-CN"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<h1>${esc(L.title)}</h1>
<p>${esc(L.totals(s.files, s.tables, s.indicators, s.errors, s.warnings, s.infos))}</p>
${charts.join("\n")}
<h2>${esc(groupHead)}</h2>
<table class="cards"><thead><tr>${head.map((x) => `<th>${esc(x)}</th>`).join("")}</tr></thead><tbody>
${summaryRows.join("\n")}
${totalRow}
</tbody></table>
<section id="scoring"><h2>${esc(L.scoringTitle)}</h2><dl class="scoring">${scoringRows(spec, lang)
    .map(([k, t]) => `<dt>${esc(k)}</dt><dd>${esc(t)}</dd>`)
    .join("")}</dl></section>
`);

  if (history) {
    const prev = history.previous ? (history.previous.budgetYear !== null ? `${history.previous.budgetYear}` : history.previous.finishedAt.slice(0, 10)) : "—";
    const cHead = [groupHead, L.col.status, L.col.rule, L.col.table, L.col.indicator, L.col.count];
    emit(
      `<section id="history"><h2>${esc(L.history(prev))}</h2><p>${esc(`${L.col.isNew} ${history.totals.new} · ${L.col.fixed} ${history.totals.fixed} · ${L.col.recurring} ${history.totals.recurring}`)}</p>`,
    );
    const shown = history.changes.filter((c) => c.status !== "recurring").slice(0, HTML_ROWS * 4);
    if (shown.length) {
      emit(`<table class="cards"><thead><tr>${cHead.map((x) => `<th>${esc(x)}</th>`).join("")}</tr></thead><tbody>`);
      for (const c of shown) emit(`<tr>${[c.group, L.status[c.status], rname(c.ruleId), c.table, c.indicator, c.count].map((x, i) => cell(cHead[i], x)).join("")}</tr>\n`);
      emit(`</tbody></table>`);
    }
    emit(`</section>\n`);
  }

  emit(`<h2>${esc(L.perGroup(groupHead))}</h2>\n`);
  const fHead = [L.col.file, L.col.table, L.col.sheet, L.col.cell, L.col.indicator, L.col.rule, L.col.severity, L.col.message];
  for (const g of h.groups) {
    emit(`<details><summary>${esc(g.name)} — ${esc(gradeLabel(g.grade, lang, spec))} ${g.score.toFixed(1)} · ${esc(L.col.errors)} ${g.errors} · ${esc(L.col.warnings)} ${g.warnings}</summary>`);
    if (g.guessed) emit(`<p class="note">${esc(L.guessNote(g.guessed))}</p>`);
    let n = 0;
    let more = 0;
    for (const r of v.groupFindings(g.name)) {
      if (n >= HTML_ROWS) {
        more += 1;
        continue;
      }
      if (n === 0) emit(`<table class="cards"><thead><tr>${fHead.map((x) => `<th>${esc(x)}</th>`).join("")}</tr></thead><tbody>`);
      const x = r.finding;
      const vals = [r.path, x.table, x.location?.sheet, x.location?.cell, x.indicator, rname(x.ruleId), severityLabel(x.severity, lang), x.message];
      emit(`<tr class="${SEV_CLASS[x.severity]}">${vals.map((val, i) => cell(fHead[i], val, i === 6 ? SEV_CLASS[x.severity] : "")).join("")}</tr>\n`);
      n += 1;
    }
    if (n) emit(`</tbody></table>`);
    else emit(`<p>${esc(L.noFindings)}</p>`);
    if (more) emit(`<p class="note">${esc(L.moreInWorkbook(more))}</p>`);
    emit(`</details>\n`);
  }
  emit(`</body>\n</html>\n`);
}

export default function auditHtml(v: AuditView, ctx: ReportContext): string {
  const parts: string[] = [];
  auditHtmlStream(v, ctx, (c) => parts.push(c));
  return parts.join("");
}
