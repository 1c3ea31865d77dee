/** Writing an audit report: `--report` files (format from the extension, written atomically, as a stream) and stdout. */
import path from "node:path";
import type { AuditView } from "../model/audit.js";
import type { Lang, RuleInfo } from "../model/finding.js";
import type { ReportContext } from "../report/types.js";
import { ruleInfos as catalogue } from "../engine/catalogue.js";
import { AuditUsageError } from "./errors.js";
import { isRecordView } from "./build.js";
import { writeFileAtomicStream } from "../api/write-file.js";

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

type Writer = (v: AuditView, ctx: ReportContext, emit: (chunk: string | Uint8Array) => void) => void;

/** Writers are loaded only when asked for (the workbook writer pulls in the zip library). */
async function writer(kind: OutputKind): Promise<Writer> {
  if (kind === "json") {
    const { auditJsonStream } = await import("../report/audit-json.js");
    // An audit built from records copies them (the same bytes, without parsing every file again).
    return (v, _ctx, emit) => (isRecordView(v) ? v.writeJson(emit) : auditJsonStream(v, emit));
  }
  if (kind === "xlsx") return (await import("../report/audit-xlsx.js")).auditXlsxStream;
  return (await import("../report/audit-html.js")).auditHtmlStream;
}

/** Writes every report and prints stdout's; returns the exit code (1 when there are errors). */
export async function emitAudit(v: AuditView, outputs: PlannedOutput[], opts: OutputOptions, io: AuditIO): Promise<number> {
  const ctx: ReportContext = { cwd: io.cwd, lang: opts.lang, rules: ruleInfos(), color: false, version: "" };
  for (const o of outputs) {
    const write = await writer(o.kind);
    const c = { ...ctx, outputDir: path.dirname(o.file) };
    writeFileAtomicStream(o.file, (emit) => write(v, c, emit));
    if (!opts.quiet) io.stderr.write(opts.lang === "en" ? `Report written: ${o.file}\n` : `已写入报告：${o.file}\n`);
  }
  if (opts.format === "json") {
    const write = await writer("json");
    write(v, ctx, (c) => io.stdout.write(typeof c === "string" ? c : Buffer.from(c).toString("utf8")));
  } else io.stdout.write((await import("../report/audit-summary.js")).default(v, ctx));
  return v.summary.errors > 0 ? 1 : 0;
}
