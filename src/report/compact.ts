import { labels } from "./labels.js";
import type { Reporter } from "./types.js";
import { countFindings, displayPath, oneLine, sheetRef } from "./util.js";
import { statisticsRows } from "./statistics.js";

/** One line per finding, `path:sheet!cell: severity message (rule)`, for editors and grep. */
const compact: Reporter = (report, ctx) => {
  const L = labels(ctx.lang);
  const lines: string[] = [];
  for (const file of report.files) {
    const p = displayPath(file.path, ctx.cwd);
    for (const f of file.findings) {
      const loc = f.location ? `:${sheetRef(f.location.sheet, f.location.cell || null)}` : "";
      lines.push(`${p}${loc}: ${L.severity[f.severity]} ${oneLine(f.message)} (${f.ruleId})`);
    }
  }
  const c = countFindings(report.files);
  if (ctx.statistics && c.total > 0) {
    lines.push("");
    for (const r of statisticsRows(report.files)) lines.push(`${r.ruleId}: ${r.total}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push(c.total === 0 ? L.clean : L.problems(c.total, c.error, c.warning, c.info) + (ctx.quiet ? ` ${L.quiet}` : ""));
  return `${lines.join("\n")}\n`;
};
export default compact;
