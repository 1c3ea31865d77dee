/**
 * One file → its report: normalize (read → locate → normalize), then the rule engine on
 * every table. An unreadable file is a report with status "error", never a throw.
 */
import type { FileReport, Lang } from "../model/finding.js";
import type { FileRecords, Table } from "../model/records.js";
import type { ReadLimits } from "../read/limits.js";
import type { ResolvedConfig } from "../config/types.js";
import { configForFile } from "../config/for-file.js";
import { checkRecords } from "../engine/check.js";

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

/** Records already normalized → report (pure): the file's config (its overrides applied), then the engine. */
export function validateRecords(records: FileRecords, opts: ValidateFileOptions): ValidateFileResult {
  return checkRecords(records, configForFile(opts.config, records.path), opts.lang);
}

export { fileStatus, summarizeTable } from "../engine/check.js";
