/**
 * The pure reader: bytes → Workbook of cell grids. The format is sniffed from the bytes; every failure is a
 * ReadError with a code that src/i18n/read-errors.ts explains. No Node built-ins: the CLI (through file.ts)
 * and the page in the browser (src/web) run this same code.
 */
import { ReadError, type Grid, type Workbook } from "../model/grid.js";
import { formatBytes, resolveLimits, type ReadLimits } from "./limits.js";
import { mapSheetJSError, parseWithSheetJS, workbookToGrids } from "./sheetjs.js";
import { sniff } from "./sniff.js";
import { decodeText, parseDelimited } from "./text.js";

export { DEFAULT_LIMITS, resolveLimits, type ReadLimits } from "./limits.js";
export { sniffFormat } from "./sniff-format.js";
export { useCodepages, type CodepageTables } from "./sheetjs.js";

export function readBytes(bytes: Uint8Array, name: string, limits?: Partial<ReadLimits>): Workbook {
  const lim = resolveLimits(limits);
  try {
    return readChecked(bytes, name, lim);
  } catch (e) {
    const err = mapSheetJSError(e);
    if (err.detail.file === undefined) (err.detail as Record<string, string | number>).file = name;
    throw err;
  }
}

function readChecked(bytes: Uint8Array, name: string, lim: ReadLimits): Workbook {
  if (bytes.length === 0) throw new ReadError("empty");
  if (bytes.length > lim.maxFileBytes) throw tooLarge(name, "文件大小", bytes.length, lim.maxFileBytes);
  const sniffed = sniff(bytes, true);
  if ("error" in sniffed) {
    const { error, ...detail } = sniffed;
    throw new ReadError(error, detail as Record<string, string>);
  }
  if (sniffed.zip && sniffed.zip.totalUncompressed > lim.maxUncompressedBytes) {
    throw tooLarge(name, "解压后总大小", sniffed.zip.totalUncompressed, lim.maxUncompressedBytes);
  }
  let cells = 0;
  const onCell = (n: number) => {
    cells += n;
    if (cells > lim.maxCells) throw new ReadError("too-many-cells", { actual: `> ${lim.maxCells}`, limit: lim.maxCells });
  };
  let grids: Grid[];
  let encoding: string | undefined;
  const format = sniffed.format;
  switch (format) {
    case "csv":
    case "tsv":
    case "text": {
      const decoded = sniffed.text ?? decodeText(bytes);
      encoding = decoded.encoding;
      // No delimiter at all: one cell per line.
      const rows = parseDelimited(decoded.text, sniffed.delimiter ?? "\n", onCell);
      grids = [{ sheet: "Sheet1", rows, merges: [] }];
      break;
    }
    case "html":
    case "xml2003": {
      const decoded = sniffed.text ?? decodeText(bytes);
      encoding = decoded.encoding;
      grids = workbookToGrids(parseWithSheetJS(decoded.text, { raw: format === "html", format }), onCell);
      break;
    }
    default:
      grids = workbookToGrids(parseWithSheetJS(bytes, { format }), onCell);
  }
  if (cells === 0) {
    // SheetJS skips sheets it cannot parse; an empty result may hide a broken part. Ask again, strictly.
    if (format !== "csv" && format !== "tsv" && format !== "text") {
      parseWithSheetJS(sniffed.text?.text ?? bytes, { raw: format === "html", strict: true, format });
    }
    throw new ReadError("empty");
  }
  const wb: Workbook = { path: name, format, grids };
  if (encoding) wb.encoding = encoding;
  return wb;
}

export function tooLarge(file: string, what: "文件大小" | "解压后总大小", actual: number, limit: number): ReadError {
  return new ReadError("too-large", {
    file,
    what,
    actual: formatBytes(actual),
    limit: formatBytes(limit),
    actualBytes: actual,
    limitBytes: limit,
  });
}
