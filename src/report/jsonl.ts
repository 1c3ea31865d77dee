import type { Reporter } from "./types.js";
import { displayPath } from "./util.js";

/**
 * One JSON object per line: a `finding` line per finding (with its file path) and a closing `summary`
 * line, so a clean run is still distinguishable from no output at all.
 */
const jsonl: Reporter = (report, ctx) => {
  const lines: string[] = [];
  for (const file of report.files) {
    const p = displayPath(file.path, ctx.cwd);
    for (const { ruleId, severity, ...rest } of file.findings) lines.push(JSON.stringify({ type: "finding", path: p, ruleId, severity, ...rest }));
  }
  lines.push(JSON.stringify({ type: "summary", ...report.summary }));
  return `${lines.join("\n")}\n`;
};
export default jsonl;
