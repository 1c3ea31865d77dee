/**
 * Cell grids: what `read` hands to `locate`. One grid per sheet (a CSV or text
 * export is a single grid named "Sheet1", as SheetJS names it).
 */

export type CellType = "s" | "n" | "b" | "d" | "e";

export interface Cell {
  /** Raw value. Dates are ISO strings (YYYY-MM-DD) with t = "d"; errors (#REF!) are their text with t = "e". */
  v: string | number | boolean;
  t: CellType;
  /** Text as Excel displays it, when the reader knows it. */
  w?: string;
  /** Number format, e.g. "0%" or "yyyy/m/d". A 0.95 with a % format is 95 %. */
  z?: string;
}

/** 0-based row/column position. */
export interface CellPos {
  r: number;
  c: number;
}

export interface CellRange {
  s: CellPos;
  e: CellPos;
}

export interface Grid {
  sheet: string;
  /** Row-major, 0-based; rows and cells may be missing (sparse). */
  rows: (Cell | undefined)[][];
  /** Merged ranges; the value sits in the top-left cell only. May extend beyond `rows`. */
  merges: CellRange[];
}

export type FileFormat = "xlsx" | "xlsm" | "xls" | "ods" | "xml2003" | "html" | "csv" | "tsv" | "text";

export interface Workbook {
  path: string;
  format: FileFormat;
  /** Text encoding for text formats: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030". */
  encoding?: string;
  grids: Grid[];
}

/** Why a file could not be read. Each code has a zh/en message in src/i18n. */
export type ReadErrorCode =
  | "empty"
  | "not-found"
  | "is-directory"
  | "io"
  | "corrupt"
  | "encrypted"
  | "not-spreadsheet"
  | "encoding"
  | "too-large"
  | "too-many-cells"
  | "timeout"
  | "out-of-memory"
  | "unsupported";

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(detail).length ? " " + JSON.stringify(detail) : ""}`);
    this.name = "ReadError";
  }
}
