/**
 * A Markdown summary for pull-request comments and the GitHub job summary: totals, then one table of
 * findings per file and table, cut off after MAX_ROWS rows with a note (comments have a size limit).
 */
import type { Severity } from "../model/finding.js";
import { labels } from "./labels.js";
import type { Reporter } from "./types.js";
import { countFindings, displayPath, groupByTable, ruleName, sheetRef } from "./util.js";

export const MAX_ROWS = 100;
const ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", info: "ℹ️" };

const markdown: Reporter = (report, ctx) => {
  const L = labels(ctx.lang);
  const s = report.summary;
  const c = countFindings(report.files);
  const T = L.mdTotals;
  const out: string[] = [
    `## ${L.mdTitle}`,
    "",
    `| ${T.files} | ${T.tables} | ${T.indicators} | ${ICON.error} ${T.errors} | ${ICON.warning} ${T.warnings} | ${ICON.info} ${T.infos} |`,
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${s.files} | ${s.tables} | ${s.indicators} | ${c.error} | ${c.warning} | ${c.info} |`,
    "",
  ];
  if (ctx.quiet) out.push(`_${L.quiet}_`, "");
  if (c.total === 0) {
    out.push(`✔ ${L.clean}`, "");
    return out.join("\n");
  }
  let rows = 0;
  outer: for (const file of report.files) {
    if (file.findings.length === 0) continue;
    out.push(`### ${escapeMd(displayPath(file.path, ctx.cwd))}${file.status === "error" ? ` — ${L.unreadable}` : ""}`, "");
    for (const g of groupByTable(file)) {
      if (rows >= MAX_ROWS) break outer;
      const title = g.title === null ? L.fileLevel : g.title;
      const where = g.sheet !== null ? ` (${escapeMd(g.range ? sheetRef(g.sheet, g.range) : sheetRef(g.sheet))})` : "";
      out.push(`**${escapeMd(title)}**${where}`, "");
      out.push(`| | ${L.head.cell} | ${L.head.message} | ${L.head.rule} |`, "| --- | --- | --- | --- |");
      for (const f of g.findings) {
        if (rows >= MAX_ROWS) break;
        rows++;
        const cell = f.location ? (f.location.cell ? f.location.cell : L.wholeTable) : "—";
        const name = ruleName(f.ruleId, ctx.rules, ctx.lang);
        out.push(`| ${ICON[f.severity]} | ${escapeMd(cell)} | ${escapeMd(f.message)} | ${name === f.ruleId ? "" : `${escapeMd(name)} `}\`${f.ruleId}\` |`);
      }
      out.push("");
    }
  }
  if (rows < c.total) out.push(`> ${L.mdTruncated(rows, c.total)}`, "");
  if (c.fixable > 0) out.push(`${L.fixable(c.fixable)}`, "");
  return out.join("\n");
};
export default markdown;

/** Cell text may hold Markdown or HTML; it must stay text and stay inside its table cell. */
export function escapeMd(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|#~]/g, "\\$&")
    .replace(/\r?\n|\r/g, "<br>");
}
