/**
 * GitLab Code Quality (a Code Climate subset). The merge-request widget collapses equal fingerprints into
 * one entry, so each fingerprint covers rule, file, sheet, cell and message kind. Plain JSON, no BOM.
 */
import type { Severity } from "../model/finding.js";
import { fingerprinter } from "./fingerprint.js";
import { labels } from "./labels.js";
import type { Reporter } from "./types.js";
import { displayPath, where } from "./util.js";

const SEVERITY: Record<Severity, "major" | "minor" | "info"> = { error: "major", warning: "minor", info: "info" };

const gitlab: Reporter = (report, ctx) => {
  const L = labels(ctx.lang);
  const fp = fingerprinter();
  const issues = report.files.flatMap((file) => {
    const path = displayPath(file.path, ctx.cwd);
    return file.findings.map((f) => {
      const place = where(f);
      return {
        type: "issue",
        description: place ? `${place}${L.sep}${f.message}` : f.message,
        check_name: f.ruleId,
        fingerprint: fp.codeQuality(path, f),
        severity: SEVERITY[f.severity],
        location: { path, lines: { begin: f.location?.row ?? 1 } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
export default gitlab;
