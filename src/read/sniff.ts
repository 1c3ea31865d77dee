/**
 * The format of a file from its bytes, never its name: SheetJS reads anything it
 * does not recognise as CSV, so an unknown file must be refused here first.
 */
import * as XLSX from "xlsx";
import type { FileFormat, ReadErrorCode } from "../model/grid.js";
import { readZipDirectory, type ZipDirectory } from "./zip.js";
import { decodeText, detectDelimiter, formatForDelimiter, looksBinary, type DecodedText, type Delimiter } from "./text.js";

export type SniffResult =
  | { format: FileFormat; zip?: ZipDirectory; text?: DecodedText; delimiter?: Delimiter }
  | { error: ReadErrorCode; actual?: string; reason?: string };

/**
 * Signatures of common non-spreadsheet files, with what to tell the user it is.
 * Short printable ones (MZ, ID3 …) could start a CSV, so they also need binary content.
 */
const WEAK = new Set(["MZ", "ID3", "BZh", "RIFF", "OggS"]);
const MAGIC: [number[] | string, string, number?][] = [
  ["%PDF", "PDF 文档"],
  [[0x89, 0x50, 0x4e, 0x47], "PNG 图片"],
  [[0xff, 0xd8, 0xff], "JPEG 图片"],
  ["GIF8", "GIF 图片"],
  ["II*\0", "TIFF 图片"],
  ["MM\0*", "TIFF 图片"],
  ["RIFF", "音视频或 WebP 图片"],
  ["ftyp", "音视频文件", 4],
  ["OggS", "音视频文件"],
  ["ID3", "音频文件"],
  ["Rar!", "RAR 压缩包"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "7z 压缩包"],
  [[0x1f, 0x8b], "gzip 压缩包"],
  ["BZh", "bzip2 压缩包"],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0], "xz 压缩包"],
  ["MZ", "Windows 程序"],
  [[0x7f, 0x45, 0x4c, 0x46], "程序文件"],
  ["{\\rtf", "RTF 文档"],
  ["%!PS", "PostScript 文档"],
  ["SQLite format 3", "SQLite 数据库"],
];

function startsWith(bytes: Uint8Array, sig: number[] | string, at = 0): boolean {
  const arr = typeof sig === "string" ? [...sig].map((c) => c.charCodeAt(0)) : sig;
  if (bytes.length < at + arr.length) return false;
  for (let i = 0; i < arr.length; i++) if (bytes[at + i] !== arr[i]) return false;
  return true;
}

/** `full`: decode all of a text file (once, for the reader) instead of its first 64 KB. */
export function sniff(bytes: Uint8Array, full = false): SniffResult {
  if (bytes.length === 0) return { error: "empty" };
  if (startsWith(bytes, "PK\x03\x04") || startsWith(bytes, "PK\x05\x06") || startsWith(bytes, "PK\x07\x08")) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffCfb(bytes);
  for (const [sig, actual, at] of MAGIC) {
    if (startsWith(bytes, sig, at) && (typeof sig !== "string" || !WEAK.has(sig) || looksBinary(bytes))) return { error: "not-spreadsheet", actual };
  }
  return sniffText(bytes, full);
}

function sniffZip(bytes: Uint8Array): SniffResult {
  const dir = readZipDirectory(bytes);
  if ("error" in dir) return { error: "corrupt", reason: dir.error };
  const names = new Set(dir.entries.map((e) => e.name));
  const has = (prefix: string) => dir.entries.some((e) => e.name.startsWith(prefix));
  if (names.has("[Content_Types].xml") && has("xl/")) {
    return { format: names.has("xl/vbaProject.bin") ? "xlsm" : "xlsx", zip: dir };
  }
  if (names.has("mimetype") || names.has("content.xml")) {
    // The first entry of an ODF package is "mimetype", stored uncompressed.
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
    if (head.includes("opendocument.spreadsheet")) return { format: "ods", zip: dir };
    if (head.includes("opendocument.text")) return { error: "not-spreadsheet", actual: "ODF 文本文档" };
    if (head.includes("opendocument.presentation")) return { error: "not-spreadsheet", actual: "ODF 演示文稿" };
    if (names.has("content.xml") && names.has("META-INF/manifest.xml")) return { format: "ods", zip: dir };
  }
  if (has("word/")) return { error: "not-spreadsheet", actual: "Word 文档" };
  if (has("ppt/")) return { error: "not-spreadsheet", actual: "PowerPoint 文档" };
  if (has("xl/")) return { error: "corrupt", reason: "缺少 [Content_Types].xml" };
  if (has("Index/Document.iwa") || has("Index/")) return { error: "unsupported", actual: "Apple Numbers 文件" };
  return { error: "not-spreadsheet", actual: "ZIP 压缩包" };
}

function sniffCfb(bytes: Uint8Array): SniffResult {
  let names: string[];
  try {
    names = XLSX.CFB.read(bytes, { type: "array" }).FileIndex.map((f: { name: string }) => f.name.toLowerCase());
  } catch (e) {
    return { error: "corrupt", reason: e instanceof Error ? e.message : String(e) };
  }
  if (names.includes("encryptioninfo") || names.includes("encryptedpackage")) return { error: "encrypted" };
  if (names.includes("workbook") || names.includes("book")) return { format: "xls" };
  if (names.includes("worddocument")) return { error: "not-spreadsheet", actual: "Word 文档" };
  if (names.includes("powerpoint document")) return { error: "not-spreadsheet", actual: "PowerPoint 文档" };
  return { error: "not-spreadsheet", actual: "OLE 复合文档（非表格）" };
}

function sniffText(bytes: Uint8Array, full: boolean): SniffResult {
  let decoded: DecodedText;
  try {
    const isU16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (!isU16 && looksBinary(bytes) && !looksUtf16(bytes)) return { error: "not-spreadsheet", actual: "未知二进制数据" };
    decoded = decodeText(bytes, !full);
  } catch {
    return { error: "encoding" };
  }
  const text = decoded.text;
  const head = text.slice(0, 4096).replace(/^[\ufeff\s]+/, "");
  if (head === "" && text.trim() === "" && bytes.length <= 64 * 1024) return { error: "empty" };
  const lower = head.slice(0, 2048).toLowerCase();
  const markup = (format: FileFormat): SniffResult => (full ? { format, text: decoded } : { format });
  if (lower.startsWith("<?xml") || lower.startsWith("<workbook")) {
    if (head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return markup("xml2003");
    if (lower.includes("<html")) return markup("html");
    return { error: "not-spreadsheet", actual: "XML 文档（非表格）" };
  }
  if (lower.startsWith("<") && /<(html|table|!doctype html|head|body|meta|style|script|div)[\s>]/.test(lower)) return markup("html");
  const delimiter = detectDelimiter(text);
  return full ? { format: formatForDelimiter(delimiter), text: decoded, delimiter } : { format: formatForDelimiter(delimiter) };
}

function looksUtf16(bytes: Uint8Array): boolean {
  try {
    const enc = decodeText(bytes.subarray(0, 4096), true).encoding;
    return enc === "utf-16le" || enc === "utf-16be";
  } catch {
    return false;
  }
}
