/**
 * One dropped file → what the page shows: the CLI's report for it (the same engine/check.ts functions and
 * the CLI's default config, so the findings are those of `pbm validate`), and the grids with the located
 * blocks, to draw each sheet.
 */
import { checkRecords, unreadableRecords } from "../engine/check.js";
import type { FileReport, Lang } from "../model/finding.js";
import { ReadError, type Grid, type Workbook } from "../model/grid.js";
import type { TableBlock } from "../model/located.js";
import type { FileRecords, Table } from "../model/records.js";
import { normalizeWorkbookBlocks } from "../normalize/index.js";
import { readBytes } from "../read/bytes.js";
import type { ResolvedConfig } from "../config/types.js";
import { BUILD } from "./build-data.js";

export interface SheetModel {
  grid: Grid;
  tables: { table: Table; block: TableBlock }[];
}

export interface CheckedFile {
  name: string;
  report: FileReport;
  /** Sheets that hold at least one table, in workbook order. */
  sheets: SheetModel[];
}

const CONFIG: ResolvedConfig = { ...BUILD.config, limits: {}, ignorePatterns: [], overrides: [], baseDir: "/", path: null };

export function checkFile(bytes: Uint8Array, name: string, lang: Lang): CheckedFile {
  let wb: Workbook;
  try {
    wb = readBytes(bytes, name);
  } catch (err) {
    return { name, report: checkRecords(unreadableRecords(name, err, lang), CONFIG, lang).report, sheets: [] };
  }
  let located: ReturnType<typeof normalizeWorkbookBlocks>;
  try {
    located = normalizeWorkbookBlocks(wb);
  } catch (err) {
    // As the CLI: normalize does not throw by design, and a bug must not lose the file.
    const records = { ...unreadableRecords(name, new ReadError("corrupt", { reason: (err as Error)?.message ?? String(err) }), lang), format: wb.format };
    return { name, report: checkRecords(records, CONFIG, lang).report, sheets: [] };
  }
  const records: FileRecords = { path: name, format: wb.format, encoding: wb.encoding ?? null, error: null, tables: located.map((l) => l.table) };
  const sheets: SheetModel[] = [];
  for (const l of located) {
    let s = sheets.find((x) => x.grid === l.grid);
    if (!s) sheets.push((s = { grid: l.grid, tables: [] }));
    s.tables.push({ table: l.table, block: l.block });
  }
  return { name, report: checkRecords(records, CONFIG, lang).report, sheets };
}
