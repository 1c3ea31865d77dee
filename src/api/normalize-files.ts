/**
 * Files → normalized records (read → locate → normalize). Never throws: a file that
 * cannot be read comes back with `error` and no tables.
 */
import type { Lang } from "../model/finding.js";
import type { Workbook } from "../model/grid.js";
import type { FileRecords, Indicator, NormalizeOutput, Table } from "../model/records.js";
import { recordsOfBytes, recordsOfWorkbook, unreadableRecords } from "../engine/check.js";
import { readWorkbook, type ReadLimits } from "../read/index.js";

export interface NormalizeOptions {
  lang?: Lang;
  limits?: Partial<ReadLimits>;
  /** How to name the file in records and messages (the CLI shows paths relative to the working folder). */
  name?: string;
}

export async function normalizeFile(path: string, opts: NormalizeOptions = {}): Promise<FileRecords> {
  const name = opts.name ?? path;
  let wb: Workbook;
  try {
    wb = await readWorkbook(path, opts.limits);
  } catch (err) {
    return unreadableRecords(name, err, opts.lang ?? "zh");
  }
  return recordsOfWorkbook(name, wb, opts.lang ?? "zh");
}

export function normalizeBytes(bytes: Uint8Array, name: string, opts: NormalizeOptions = {}): FileRecords {
  return recordsOfBytes(bytes, name, opts);
}

export type NormalizeFormat = "json" | "jsonl" | "csv";

/** `--format jsonl`: one line per table, {"path", "format", "encoding", "table"}; an unreadable file is one line {"path", "error"}. */
function toJsonl(out: NormalizeOutput): string {
  const lines: string[] = [];
  for (const f of out.files) {
    if (f.error) lines.push(JSON.stringify({ path: f.path, format: f.format, encoding: f.encoding, error: f.error, table: null }));
    for (const table of f.tables) lines.push(JSON.stringify({ path: f.path, format: f.format, encoding: f.encoding, error: null, table }));
  }
  return lines.map((l) => l + "\n").join("");
}

const CSV_COLUMNS = [
  "path",
  "sheet",
  "table",
  "kind",
  "year",
  "department",
  "implementer",
  "budget",
  "budgetUnit",
  "level1",
  "level2",
  "name",
  "operator",
  "value",
  "unit",
  "deadline",
  "deadlineDate",
  "weight",
  "cell",
  "error",
] as const;

/**
 * Text from the input files must not become a formula when the CSV is opened in Excel
 * ("=HYPERLINK(…)" in a name cell): such text gets a leading apostrophe, as OWASP advises.
 */
function csvField(v: unknown): string {
  let s = v === null || v === undefined ? "" : String(v);
  if (typeof v === "string" && /^[=+@\t\r]|^-(?!\d)/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(f: FileRecords, t: Table | null, i: Indicator | null): string {
  const d = i?.deadlineDate;
  const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    path: f.path,
    sheet: t?.location.sheet,
    table: t?.name,
    kind: t?.kind,
    year: t?.year,
    department: t?.department,
    implementer: t?.implementer,
    budget: t?.budget?.amount,
    budgetUnit: t?.budget?.unit,
    level1: i?.level1,
    level2: i?.level2,
    name: i?.name,
    operator: i?.operator,
    value: i?.value,
    unit: i?.unit,
    deadline: i?.deadline,
    deadlineDate: d ? [d.year, d.month, d.day].filter((x) => x !== null).map((x, k) => (k ? String(x).padStart(2, "0") : x)).join("-") : null,
    weight: i?.weight,
    cell: i?.location.cell,
    error: f.error?.message,
  };
  return CSV_COLUMNS.map((k) => csvField(row[k])).join(",");
}

/** `--format csv`: one row per indicator with its table's columns (UTF-8 with BOM so Excel shows Chinese). */
function toCsv(out: NormalizeOutput): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const f of out.files) {
    if (f.error) lines.push(csvRow(f, null, null));
    for (const t of f.tables) {
      if (!t.indicators.length) lines.push(csvRow(f, t, null));
      for (const i of t.indicators) lines.push(csvRow(f, t, i));
    }
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

export function formatNormalizeOutput(out: NormalizeOutput, format: NormalizeFormat): string {
  if (format === "jsonl") return toJsonl(out);
  if (format === "csv") return toCsv(out);
  return JSON.stringify(out, null, 2) + "\n";
}
