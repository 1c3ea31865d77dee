/**
 * GitHub Actions workflow commands. GitHub shows at most 10 error and 10 warning annotations per step,
 * so only the most important ones are emitted (severity, then category: structure before wording) and a closing notice says how many were left out; the full
 * list goes to the job summary (the markdown reporter, appended by the CLI).
 */
import { columnNumber } from "../model/a1.js";
import type { Severity } from "../model/finding.js";
import { labels } from "./labels.js";
import type { Reporter } from "./types.js";
import { allFindings, displayPath, importanceOrder, where } from "./util.js";

export const ANNOTATION_LIMIT = 10;

const github: Reporter = (report, ctx) => {
  const L = labels(ctx.lang);
  const sorted = allFindings(report.files).sort(importanceOrder());
  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  let omitted = 0;
  for (const { path, finding: f } of sorted) {
    if (f.severity === "info" || shown[f.severity] >= ANNOTATION_LIMIT) {
      omitted++;
      continue;
    }
    shown[f.severity]++;
    const props: string[] = [`file=${escapeProperty(displayPath(path, ctx.cwd))}`];
    if (f.location) {
      props.push(`line=${f.location.row}`);
      const col = columnNumber(f.location.cell);
      if (col) props.push(`col=${col}`);
    }
    const place = where(f);
    props.push(`title=${escapeProperty(place ? `pbm ${f.ruleId} (${place})` : `pbm ${f.ruleId}`)}`);
    const message = place ? `${place}${L.sep}${f.message}` : f.message;
    lines.push(`::${f.severity} ${props.join(",")}::${escapeData(message)}`);
  }
  if (omitted > 0) lines.push(`::notice title=pbm::${escapeData(L.ghOmitted(omitted))}`);
  return lines.length ? `${lines.join("\n")}\n` : "";
};
export default github;

/** As @actions/core escapes command data. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values additionally escape the separators `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
