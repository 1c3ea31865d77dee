/**
 * Just enough of the zip format to look inside a workbook before SheetJS does:
 * entry names (to tell xlsx from docx from ods) and declared uncompressed sizes
 * (to refuse zip bombs before anything is inflated).
 */

export interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  totalUncompressed: number;
}

// Reasons are shown to the user (src/i18n/read-errors.ts has their English).
const TRUNCATED = "ZIP 结构不完整，文件可能被截断";
const DAMAGED = "ZIP 目录已损坏";

const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const CD_SIG = 0x02014b50;

/** The central directory, or a reason why there is none (a truncated or damaged zip). */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | { error: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  if (n < 22) return { error: "ZIP 文件太短" };
  // The end record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { error: TRUNCATED };
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR_SIG) return { error: DAMAGED };
    const z64 = Number(view.getBigUint64(loc + 8, true));
    if (z64 + 56 > n || view.getUint32(z64, true) !== ZIP64_EOCD_SIG) return { error: DAMAGED };
    count = Number(view.getBigUint64(z64 + 32, true));
    cdSize = Number(view.getBigUint64(z64 + 40, true));
    cdOffset = Number(view.getBigUint64(z64 + 48, true));
  }
  if (cdOffset + cdSize > n) return { error: TRUNCATED };
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  const utf8 = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || view.getUint32(p, true) !== CD_SIG) return { error: DAMAGED };
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen > n) return { error: DAMAGED };
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (size === 0xffffffff) size = zip64Size(view, p + 46 + nameLen, extraLen) ?? size;
    entries.push({ name, uncompressedSize: size });
    total += size;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, totalUncompressed: total };
}

function zip64Size(view: DataView, start: number, len: number): number | undefined {
  let q = start;
  while (q + 4 <= start + len) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    // The zip64 extra field lists the uncompressed size first.
    if (id === 0x0001 && size >= 8) return Number(view.getBigUint64(q + 4, true));
    q += 4 + size;
  }
  return undefined;
}
