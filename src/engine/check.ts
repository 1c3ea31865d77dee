/**
 * The pure pipeline of one file: bytes → records (read → locate → normalize) → findings (the rules). No
 * Node built-ins and no files: the library (src/api, which adds files, config files and workers) and the
 * page in the browser (src/web) both check a file through these functions, so they find the same problems.
 */
import type { FileReport, Finding, Lang, ReportSummary, TableSummary } from "../model/finding.js";
import { ReadError, type Workbook } from "../model/grid.js";
import type { FileRecords, Table } from "../model/records.js";
import type { ResolvedConfig } from "../config/types.js";
import { readErrorMessage } from "../i18n/read-errors.js";
import { normalizeWorkbook } from "../normalize/index.js";
import { readBytes, type ReadLimits } from "../read/bytes.js";
import { FILE_UNREADABLE } from "./messages.js";
import { runFileRules, runRules, sortFindings } from "./run-rules.js";

export interface CheckResult {
  report: FileReport;
  /** The normalized tables the findings are about (empty for an unreadable file). */
  tables: Table[];
}

/** A file's bytes → its records; never throws (an unreadable file comes back with `error`). */
export function recordsOfBytes(bytes: Uint8Array, name: string, opts: { lang?: Lang; limits?: Partial<ReadLimits> } = {}): FileRecords {
  let wb: Workbook;
  try {
    wb = readBytes(bytes, name, opts.limits);
  } catch (err) {
    return unreadableRecords(name, err, opts.lang ?? "zh");
  }
  return recordsOfWorkbook(name, wb, opts.lang ?? "zh");
}

export function recordsOfWorkbook(path: string, wb: Workbook, lang: Lang): FileRecords {
  try {
    return { path, format: wb.format, encoding: wb.encoding ?? null, error: null, tables: normalizeWorkbook(wb) };
  } catch (err) {
    // normalizeWorkbook does not throw by design; this keeps a bug from losing the whole batch.
    return { ...unreadableRecords(path, new ReadError("corrupt", { reason: (err as Error)?.message ?? String(err) }), lang), format: wb.format };
  }
}

/** The records of a file that could not be read: the reader's error as the clerk's message, naming the file. */
export function unreadableRecords(path: string, err: unknown, lang: Lang): FileRecords {
  const e = err instanceof ReadError ? err : new ReadError("io", { reason: (err as Error)?.message ?? String(err) });
  return {
    path,
    format: null,
    encoding: null,
    error: { code: e.code, message: readErrorMessage(e.code, lang, { ...e.detail, file: path }) },
    tables: [],
  };
}

/**
 * Records → report, with `config` already the one for this file (overrides applied). The file-level
 * rules (unreadable file, no table found) run first, registered and configured like every rule: an
 * unreadable file is an error, a readable file without a table a warning — never a silent pass.
 */
export function checkRecords(records: FileRecords, config: ResolvedConfig, lang: Lang): CheckResult {
  const fileFindings = runFileRules(records, config, lang);
  if (records.error || records.tables.length === 0) {
    return { report: { path: records.path, status: fileStatus(fileFindings, records.error !== null), tables: [], findings: fileFindings }, tables: [] };
  }
  const findings = [...fileFindings, ...records.tables.flatMap((t) => runRules(t, config, lang))];
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

/** The counts over files that every report starts with. */
export function summarize(files: FileReport[]): ReportSummary {
  const s: ReportSummary = { files: files.length, tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    s.tables += f.tables.length;
    for (const t of f.tables) s.indicators += t.indicatorCount;
    for (const x of f.findings) {
      if (x.severity === "error") s.errors++;
      else if (x.severity === "warning") s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
