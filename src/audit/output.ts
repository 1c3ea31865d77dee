/** Writing an audit report: `--report` files (format from the extension, written atomically) and stdout. */
import path from "node:path";
import type { AuditReport } from "../model/audit.js";
import type { Lang, RuleInfo } from "../model/finding.js";
import type { ReportContext } from "../report/types.js";
import { ruleInfos as catalogue } from "../engine/catalogue.js";
import { AuditUsageError } from "./errors.js";
import { writeFileAtomic } from "../api/write-file.js";

export interface AuditIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
}

export interface OutputOptions {
  /** What goes to stdout: the terminal summary or the JSON report. */
  format: "summary" | "json";
  reports: string[];
  lang: Lang;
  quiet: boolean;
}

export type OutputKind = "xlsx" | "html" | "json";
export interface PlannedOutput {
  file: string;
  kind: OutputKind;
}

const KINDS: Record<string, OutputKind> = { ".xlsx": "xlsx", ".html": "html", ".htm": "html", ".json": "json" };

/** Checked before any work starts, so a typo costs nothing. */
export function planOutputs(opts: OutputOptions, cwd: string): PlannedOutput[] {
  return opts.reports.map((file) => {
    const kind = KINDS[path.extname(file).toLowerCase()];
    if (!kind) {
      throw new AuditUsageError({
        zh: `无法从扩展名判断报告格式：${file}（可用 .xlsx、.html、.json）`,
        en: `Cannot tell the report format from the extension: ${file} (use .xlsx, .html or .json)`,
      });
    }
    return { file: path.resolve(cwd, file), kind };
  });
}

export function ruleInfos(): RuleInfo[] {
  return catalogue();
}

async function render(kind: OutputKind, report: AuditReport, ctx: ReportContext): Promise<string | Uint8Array> {
  if (kind === "json") return `${JSON.stringify(report, null, 2)}\n`;
  // Writers are loaded only when asked for: SheetJS is heavy.
  if (kind === "xlsx") return (await import("../report/audit-xlsx.js")).default(report, ctx);
  return (await import("../report/audit-html.js")).default(report, ctx);
}

/** Writes every report and prints stdout's; returns the exit code (1 when there are errors). */
export async function emitAudit(report: AuditReport, outputs: PlannedOutput[], opts: OutputOptions, io: AuditIO): Promise<number> {
  const ctx: ReportContext = { cwd: io.cwd, lang: opts.lang, rules: ruleInfos(), color: false, version: "" };
  for (const o of outputs) {
    writeFileAtomic(o.file, await render(o.kind, report, ctx));
    if (!opts.quiet) io.stderr.write(opts.lang === "en" ? `Report written: ${o.file}\n` : `已写入报告：${o.file}\n`);
  }
  if (opts.format === "json") io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write((await import("../report/audit-summary.js")).default(report, ctx));
  return report.summary.errors > 0 ? 1 : 0;
}
