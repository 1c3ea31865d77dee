/**
 * A self-contained HTML report for managers and auditors: no network at all (inline CSS and JS, pinned
 * by a Content-Security-Policy with their hashes, so even markup that slipped into the page could not
 * run), every piece of cell text escaped, a severity filter with live counts.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import type { Finding, Severity } from "../model/finding.js";
import { SEVERITIES } from "../model/finding.js";
import { labels } from "./labels.js";
import type { ReportContext, Reporter } from "./types.js";
import { countFindings, displayPath, groupByTable, ruleName, sheetRef, type TableGroup } from "./util.js";

const CSS = `
:root{--err:#b42318;--warn:#a15c07;--info:#1d5fb4;--line:#d0d5dd;--muted:#667085;font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
body{margin:0 auto;max-width:1100px;padding:24px;color:#101828;line-height:1.5}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.15rem;margin:28px 0 8px;word-break:break-all}h3{font-size:1rem;margin:16px 0 6px}
.meta,small{color:var(--muted);font-weight:normal}
.totals{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.totals div{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:90px}
.totals b{display:block;font-size:1.4rem}
.filter{border:1px solid var(--line);border-radius:8px;padding:8px 14px;margin:12px 0}
.filter label{margin-right:16px;cursor:pointer}
table{border-collapse:collapse;width:100%;margin-bottom:8px;table-layout:fixed}
th.c-cell{width:9em}th.c-sev{width:4.5em}th.c-rule{width:14em}
td.msg{white-space:pre-line;overflow-wrap:anywhere}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f2f4f7}
td.cell{font-family:ui-monospace,monospace;overflow-wrap:anywhere}
td.rule{font-family:ui-monospace,monospace;font-size:.85em;color:var(--muted);overflow-wrap:anywhere}
.sev{font-weight:600;white-space:nowrap}.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
.unreadable{color:var(--err)}
.fix{font-size:.85em;color:#067647}
.clean{color:#067647;font-size:1.2rem}
`;

const JS = `
(function(){
  var boxes=[].slice.call(document.querySelectorAll("input[data-filter]"));
  function apply(){
    var on={};boxes.forEach(function(b){on[b.getAttribute("data-filter")]=b.checked;});
    var n=0;
    [].forEach.call(document.querySelectorAll("tr[data-severity]"),function(tr){
      var show=!!on[tr.getAttribute("data-severity")];tr.hidden=!show;if(show)n++;
    });
    [].forEach.call(document.querySelectorAll("[data-group]"),function(g){
      g.hidden=!g.querySelector("tr[data-severity]:not([hidden])");
    });
    var s=document.getElementById("shown");if(s)s.textContent=String(n);
  }
  boxes.forEach(function(b){b.addEventListener("change",apply);});
  apply();
})();
`;

const html: Reporter = (report, ctx) => {
  const L = labels(ctx.lang);
  const c = countFindings(report.files);
  const s = report.summary;
  const sevLabel = (sev: Severity) => L.severity[sev];
  const body: string[] = [];

  body.push(`<header>`, `<h1>${esc(L.htmlTitle)}</h1>`);
  body.push(`<p class="meta">pbm ${esc(ctx.version)} · ${esc(L.checked(s.files, s.tables, s.indicators))}</p>`);
  body.push(`<div class="totals">`);
  body.push(`<div id="total"><b>${c.total}</b>${esc(L.htmlProblems)}</div>`);
  for (const sev of SEVERITIES) body.push(`<div class="sev-${sev}"><b data-count="${sev}">${c[sev]}</b><span class="sev">${esc(sevLabel(sev))}</span></div>`);
  body.push(`</div>`);
  if (ctx.quiet) body.push(`<p class="meta">${esc(L.quiet)}</p>`);
  if (c.fixable > 0) body.push(`<p class="fix">${esc(L.fixable(c.fixable))}</p>`);
  if (c.total > 0) {
    body.push(`<fieldset class="filter"><legend>${esc(L.htmlFilter)}</legend>`);
    for (const sev of SEVERITIES)
      body.push(`<label><input type="checkbox" data-filter="${sev}" checked> ${esc(sevLabel(sev))} (${c[sev]})</label>`);
    body.push(`<span id="visible">${L.htmlShown(`<b id="shown">${c.total}</b>`, c.total)}</span>`);
    body.push(`</fieldset>`);
  } else {
    body.push(`<p class="clean">✔ ${esc(L.clean)}</p>`);
  }
  body.push(`</header>`, `<main>`);

  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const p = displayPath(file.path, ctx.cwd);
    body.push(`<section class="file" data-group>`);
    body.push(`<h2>${esc(p)}${file.status === "error" ? ` <span class="unreadable">✖ ${esc(L.unreadable)}</span>` : ""}</h2>`);
    for (const g of groupByTable(file)) body.push(groupHtml(g, ctx));
    body.push(`</section>`);
  }
  body.push(`</main>`);

  const csp = `default-src 'none'; style-src '${sha(CSS)}'; script-src '${sha(JS)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return [
    `<!DOCTYPE html>`,
    `<html lang="${ctx.lang === "en" ? "en" : "zh-CN"}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="pbm ${esc(ctx.version)}">`,
    `<title>${esc(L.htmlTitle)}</title>`,
    `<style>${CSS}</style>`,
    `</head>`,
    `<body>`,
    ...body,
    `<script>${JS}</script>`,
    `</body>`,
    `</html>`,
    "",
  ].join("\n");
};
export default html;

function groupHtml(g: TableGroup, ctx: ReportContext): string {
  const L = labels(ctx.lang);
  const sub: string[] = [];
  if (g.sheet !== null) sub.push(`${L.sheet} ${g.range ? sheetRef(g.sheet, g.range) : sheetRef(g.sheet)}`);
  if (g.indicatorCount !== null) sub.push(`${g.indicatorCount} ${L.indicators}`);
  const title = g.title === null ? L.fileLevel : g.title;
  const rows = g.findings.map((f) => rowHtml(f, ctx)).join("\n");
  return [
    `<section class="table" data-group>`,
    `<h3>${esc(title)}${sub.length ? ` <small>${esc(sub.join(" · "))}</small>` : ""}</h3>`,
    `<table><thead><tr><th class="c-cell">${esc(L.head.cell)}</th><th class="c-sev">${esc(L.head.severity)}</th><th>${esc(L.head.message)}</th><th class="c-rule">${esc(L.head.rule)}</th></tr></thead>`,
    `<tbody>`,
    rows,
    `</tbody></table>`,
    `</section>`,
  ].join("\n");
}

/** The rule's name, with its id (for --rule and pbm explain) small beneath. */
function ruleCell(f: Finding, ctx: ReportContext): string {
  const name = ruleName(f.ruleId, ctx.rules, ctx.lang);
  return name === f.ruleId ? esc(f.ruleId) : `${esc(name)}<br><small>${esc(f.ruleId)}</small>`;
}

function rowHtml(f: Finding, ctx: ReportContext): string {
  const L = labels(ctx.lang);
  const cell = f.location ? (f.location.cell ? sheetRef(f.location.sheet, f.location.cell) : sheetRef(f.location.sheet)) : "—";
  let fix = "";
  if (f.fix && f.fix.edits.length > 0) {
    const edits = f.fix.edits.map((e) => `${e.cell}: ${e.from} → ${e.to}`).join("; ");
    fix = `<div class="fix">${esc(f.fix.kind === "safe" ? L.fix : L.suggestion)}${esc(L.sep)}${esc(edits)}</div>`;
  }
  return (
    `<tr class="sev-${f.severity}" data-severity="${f.severity}">` +
    `<td class="cell">${esc(cell)}</td><td class="sev">${esc(L.severity[f.severity])}</td>` +
    `<td class="msg">${esc(f.message)}${fix}</td><td class="rule">${ruleCell(f, ctx)}</td></tr>`
  );
}

/** Escapes text for element content and double- or single-quoted attributes. */
export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A CSP source hash. Pure JS (no node:crypto): the page in the browser writes this report too. */
export function sha(s: string): string {
  return `sha256-${btoa(String.fromCharCode(...sha256(utf8ToBytes(s))))}`;
}
