/**
 * One file → its report: normalize (read → locate → normalize), then the rule engine on
 * every table. An unreadable file is a report with status "error", never a throw.
 */
import type { FileReport, Finding, Lang, TableSummary } from "../model/finding.js";
import type { FileRecords, Table } from "../model/records.js";
import type { ReadLimits } from "../read/limits.js";
import type { ResolvedConfig } from "../config/types.js";
import { configForFile } from "../config/resolve.js";
import { ENGINE_MESSAGES, FILE_UNREADABLE, NO_TABLES } from "../engine/messages.js";
import { localize } from "../i18n/format.js";
import { runRules, sortFindings } from "../engine/run-rules.js";

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
  if (records.error) {
    const finding: Finding = {
      ruleId: FILE_UNREADABLE,
      category: "parse",
      severity: "error",
      messageId: records.error.code,
      message: records.error.message,
      data: { file: records.path, code: records.error.code },
      table: null,
      indicator: null,
      location: null,
    };
    return { report: { path: records.path, status: "error", tables: [], findings: [finding] }, tables: [] };
  }
  if (records.tables.length === 0) {
    // Never a silent pass: a readable file in which no table was found says so.
    const data = { file: records.path };
    const finding: Finding = {
      ruleId: NO_TABLES,
      category: "parse",
      severity: "warning",
      messageId: "noTables",
      message: localize(ENGINE_MESSAGES.noTables, opts.lang, data),
      data,
      table: null,
      indicator: null,
      location: null,
    };
    return { report: { path: records.path, status: "problems", tables: [], findings: [finding] }, tables: [] };
  }
  const config = configForFile(opts.config, records.path);
  const findings = records.tables.flatMap((t) => runRules(t, config, opts.lang));
  const sheetOrder = [...new Set(records.tables.map((t) => t.location.sheet))];
  // runRules de-duplicated each table's findings; only the order across tables is left to do.
  const sorted = records.tables.length > 1 ? sortFindings(findings, sheetOrder) : findings;
  return {
    report: { path: records.path, status: fileStatus(sorted), tables: records.tables.map(summarizeTable), findings: sorted },
    tables: records.tables,
  };
}

export function fileStatus(findings: Finding[]): FileReport["status"] {
  if (findings.some((f) => f.ruleId === FILE_UNREADABLE)) return "error";
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
