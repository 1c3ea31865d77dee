/**
 * Patches cells of a CSV/TSV/text export in place, byte for byte: the encoding,
 * BOM, delimiter, quoting and line endings of every untouched byte stay as they
 * were. Delimiters, quotes and line breaks are ASCII and never occur inside a
 * multi-byte character of UTF-8 or GB18030, so the file is split at the byte
 * level (at the 16-bit level for UTF-16) and only the edited fields are re-encoded.
 */
import { parseA1 } from "../model/a1.js";
import type { CellEdit } from "../model/finding.js";
import { decodeText, type TextEncoding } from "../read/text.js";
import { type PatchOutcome, type PatchResult, textMatches } from "./patch-result.js";

export type { TextEncoding };

export interface TextPatchResult extends PatchResult {
  encoding: TextEncoding;
  delimiter: string;
}

interface Field {
  /** Unit offsets of the whole field, quotes included. */
  start: number;
  end: number;
  quoted: boolean;
}

/** "\n" last: a file without delimiters is one cell per line. */
const DELIMITERS = ["\t", ",", ";", "\n"];
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The encoding exactly as the reader decides it (BOM, UTF-16 by its NULs, strict UTF-8, else GB18030). */
export function sniffTextEncoding(bytes: Uint8Array): TextEncoding {
  return decodeText(bytes, true).encoding;
}

/** The file as code units (bytes, or 16-bit units for UTF-16) after the BOM. */
function toUnits(bytes: Uint8Array, encoding: TextEncoding): { units: ArrayLike<number>; bomBytes: number } {
  if (encoding === "utf-8-bom") return { units: bytes.subarray(3), bomBytes: 3 };
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
    const n = Math.floor((bytes.length - bom) / 2);
    const units = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const a = bytes[bom + 2 * i];
      const b = bytes[bom + 2 * i + 1];
      units[i] = encoding === "utf-16le" ? a | (b << 8) : (a << 8) | b;
    }
    return { units, bomBytes: bom };
  }
  return { units: bytes, bomBytes: 0 };
}

function decodeUnits(units: ArrayLike<number>, start: number, end: number, encoding: TextEncoding): string {
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    let s = "";
    for (let i = start; i < end; i++) s += String.fromCharCode(units[i]);
    return s;
  }
  const label = encoding === "gb18030" ? "gb18030" : "utf-8";
  const bytes = units instanceof Uint8Array ? units.subarray(start, end) : Uint8Array.from({ length: end - start }, (_v, i) => units[start + i]);
  return new TextDecoder(label).decode(bytes);
}

/** Units for a text, or undefined when the encoding has no encoder here (non-ASCII into GB18030). */
function encodeText(text: string, encoding: TextEncoding): number[] | undefined {
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const units: number[] = [];
    for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
    return units;
  }
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return Array.from(text, (c) => c.charCodeAt(0));
  if (encoding === "gb18030") return encodeGb18030(text);
  return Array.from(new TextEncoder().encode(text));
}

let gbkTable: Map<string, [number, number]> | undefined;

/**
 * GB18030 has no encoder in Node, but every character of its two-byte (GBK) range
 * can be found by decoding the 24 000 two-byte sequences once. Characters outside
 * that range (four-byte sequences) are refused rather than guessed.
 */
function encodeGb18030(text: string): number[] | undefined {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder("gb18030");
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        const ch = dec.decode(pair);
        if (ch.length === 1 && ch !== "\ufffd" && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) return undefined;
      out.push(...pair);
    }
  }
  return out;
}

/** Rows of fields, RFC 4180 quoting; CRLF and LF end a row, a lone CR only in a file without LF (as the reader splits them). */
function splitRows(units: ArrayLike<number>, delimiter: number): Field[][] {
  let crBreaks = true;
  for (let i = 0; i < units.length; i++) {
    if (units[i] === LF) {
      crBreaks = false;
      break;
    }
  }
  const rows: Field[][] = [];
  let row: Field[] = [];
  let i = 0;
  const n = units.length;
  let start = 0;
  let quoted = false;
  let inQuotes = false;
  const endField = (end: number) => row.push({ start, end, quoted });
  while (i <= n) {
    if (i === n) {
      if (start < n || row.length > 0) {
        endField(n);
        rows.push(row);
      }
      break;
    }
    const u = units[i];
    if (inQuotes) {
      if (u === QUOTE) {
        if (units[i + 1] === QUOTE) i += 2;
        else {
          inQuotes = false;
          i++;
        }
      } else i++;
      continue;
    }
    if (u === QUOTE && i === start) {
      inQuotes = true;
      quoted = true;
      i++;
    } else if (u === delimiter) {
      endField(i);
      i++;
      start = i;
      quoted = false;
    } else if (u === LF || (u === CR && (crBreaks || units[i + 1] === LF))) {
      endField(i);
      rows.push(row);
      row = [];
      i += u === CR && units[i + 1] === LF ? 2 : 1;
      start = i;
      quoted = false;
    } else i++;
  }
  return rows;
}

/** The delimiter's code unit; "\n" (no delimiter) never matches one. */
const code = (d: string) => (d === "\n" ? -1 : d.charCodeAt(0));

function fieldText(units: ArrayLike<number>, f: Field, encoding: TextEncoding): string {
  if (!f.quoted) return decodeUnits(units, f.start, f.end, encoding);
  const closing = f.end - 1 > f.start && units[f.end - 1] === QUOTE ? f.end - 1 : f.end;
  return decodeUnits(units, f.start + 1, closing, encoding).replace(/""/g, '"');
}

export function patchText(bytes: Uint8Array, edits: CellEdit[]): TextPatchResult {
  const encoding = sniffTextEncoding(bytes);
  const { units, bomBytes } = toUnits(bytes, encoding);

  // The delimiter under which the most edits find their expected text; ties go to the most frequent one.
  const freq = (d: string) => {
    if (d === "\n") return 0;
    let k = 0;
    const code = d.charCodeAt(0);
    for (let i = 0; i < units.length; i++) if (units[i] === code) k++;
    return k;
  };
  const candidates = DELIMITERS.map((d) => ({ d, n: freq(d) })).sort((a, b) => b.n - a.n);
  let best = { d: candidates[0].d, rows: splitRows(units, code(candidates[0].d)), score: -1 };
  for (const { d } of candidates) {
    const rows = d === best.d && best.score < 0 ? best.rows : splitRows(units, code(d));
    const score = edits.filter((e) => {
      const p = parseA1(e.cell);
      const f = p ? rows[p.r]?.[p.c] : undefined;
      return f ? textMatches(fieldText(units, f, encoding), e.from) : false;
    }).length;
    if (score > best.score) best = { d, rows, score };
  }
  const { rows, d: delimiter } = best;

  const replacements: { field: Field; units: number[] }[] = [];
  const outcomes: PatchOutcome[] = edits.map((edit) => {
    const p = parseA1(edit.cell);
    const field = p ? rows[p.r]?.[p.c] : undefined;
    if (!field) return { status: "skipped", reason: "cell-not-found" };
    const actual = fieldText(units, field, encoding);
    if (!textMatches(actual, edit.from)) return { status: "skipped", reason: "mismatch", actual };
    const needsQuotes = field.quoted || /["\r\n]/.test(edit.to) || edit.to.includes(delimiter);
    const text = needsQuotes ? `"${edit.to.replace(/"/g, '""')}"` : edit.to;
    const encoded = encodeText(text, encoding);
    if (!encoded) return { status: "skipped", reason: "encoding" };
    replacements.push({ field, units: encoded });
    return { status: "applied" };
  });
  if (replacements.length === 0) return { bytes, outcomes, encoding, delimiter };

  // Untouched stretches are copied from the original bytes; only the edited fields are new.
  replacements.sort((a, b) => a.field.start - b.field.start);
  const size = encoding === "utf-16le" || encoding === "utf-16be" ? 2 : 1;
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const r of replacements) {
    chunks.push(bytes.subarray(at, bomBytes + r.field.start * size), unitsToBytes(r.units, encoding));
    at = bomBytes + r.field.end * size;
  }
  chunks.push(bytes.subarray(at));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { bytes: out, outcomes, encoding, delimiter };
}

function unitsToBytes(units: number[], encoding: TextEncoding): Uint8Array {
  if (encoding !== "utf-16le" && encoding !== "utf-16be") return Uint8Array.from(units);
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[2 * i] = encoding === "utf-16le" ? u & 0xff : u >> 8;
    out[2 * i + 1] = encoding === "utf-16le" ? u >> 8 : u & 0xff;
  });
  return out;
}
