/**
 * One file → its report: normalize (read → locate → normalize), then the rule engine on
 * every table. An unreadable file is a report with status "error", never a throw.
 */
import type { FileReport, Finding, Lang, TableSummary } from "../model/finding.js";
import type { FileRecords, Table } from "../model/records.js";
import type { ReadLimits } from "../read/limits.js";
import type { ResolvedConfig } from "../config/types.js";
import { configForFile } from "../config/resolve.js";
import { FILE_UNREADABLE } from "../engine/messages.js";
import { runFileRules, runRules, sortFindings } from "../engine/run-rules.js";

export interface ValidateFileOptions {
  config: ResolvedConfig;
  lang: Lang;
  /** Read limits; config `limits` fill in what is not given here. */
  limits?: Partial<ReadLimits>;
}

export interface ValidateFileResult {
  report: FileReport;
  /** The normalized tables the findings are about (empty for an unreadable file). */
  tables: Table[];
}

export async function validateFile(path: string, opts: ValidateFileOptions): Promise<ValidateFileResult> {
  const { normalizeFile } = await import("./normalize-files.js");
  const records = await normalizeFile(path, { lang: opts.lang, limits: { ...opts.config.limits, ...opts.limits } });
  return validateRecords({ ...records, path }, opts);
}

/** For --stdin: the bytes of a file named `name` (the name picks config overrides and labels findings). */
export async function validateBytes(bytes: Uint8Array, name: string, opts: ValidateFileOptions): Promise<ValidateFileResult> {
  const { normalizeBytes } = await import("./normalize-files.js");
  const records = await normalizeBytes(bytes, name, { lang: opts.lang, limits: { ...opts.config.limits, ...opts.limits } });
  return validateRecords({ ...records, path: name }, opts);
}

/** Records already normalized → report (pure). */
export function validateRecords(records: FileRecords, opts: ValidateFileOptions): ValidateFileResult {
  const config = configForFile(opts.config, records.path);
  // File-level rules first (unreadable file, no table found): registered and configured like every rule.
  const fileFindings = runFileRules(records, config, opts.lang);
  if (records.error || records.tables.length === 0) {
    return { report: { path: records.path, status: fileStatus(fileFindings, records.error !== null), tables: [], findings: fileFindings }, tables: [] };
  }
  const findings = [...fileFindings, ...records.tables.flatMap((t) => runRules(t, config, opts.lang))];
  const sheetOrder = [...new Set(records.tables.map((t) => t.location.sheet))];
  // runRules de-duplicated each table's findings; only the order across tables is left to do.
  const sorted = records.tables.length > 1 || fileFindings.length > 0 ? sortFindings(findings, sheetOrder) : findings;
  return {
    report: { path: records.path, status: fileStatus(sorted), tables: records.tables.map(summarizeTable), findings: sorted },
    tables: records.tables,
  };
}

/** "error" when the file could not be read (even with its finding turned off), else by the findings' severities. */
export function fileStatus(findings: Finding[], unreadable = false): FileReport["status"] {
  if (unreadable || findings.some((f) => f.ruleId === FILE_UNREADABLE)) return "error";
  return findings.some((f) => f.severity === "error" || f.severity === "warning") ? "problems" : "ok";
}

export function summarizeTable(t: Table): TableSummary {
  return {
    name: t.name,
    kind: t.kind,
    sheet: t.location.sheet,
    range: t.location.range,
    indicatorCount: t.indicators.length,
    department: t.department,
    year: t.year,
  };
}
