/**
 * An .xlsx written row by row into a streaming zip (fflate), so a workbook of a million rows never
 * exists in memory — SheetJS builds the whole workbook first. What it writes is the small part of
 * SpreadsheetML a report needs: inline strings, numbers, a bold frozen header row, column widths, an
 * autofilter, and links as HYPERLINK formulas (one cell each, nothing kept per row until the end).
 * Text is always written as text, never as a formula; a sheet that would pass Excel's row limit
 * continues on a sheet named "… (2)".
 */
import { Zip, ZipDeflate } from "fflate";

export type XCell = string | number | null | { link: string; text: string };

export interface XSheet {
  name: string;
  head: string[];
  rows: Iterable<XCell[]>;
  /** Style per column for numbers: "score" shows one decimal. */
  formats?: ("score" | undefined)[];
  /** No autofilter, no frozen header (a sheet of prose such as 评分说明). */
  plain?: boolean;
  /** Column widths in characters; computed from the first rows when absent. */
  widths?: number[];
}

const MAX_ROWS = 1_048_575;
const MAX_TEXT = 32_767;
/** Excel refuses a HYPERLINK target or text argument longer than this. */
const MAX_LINK = 255;
const enc = new TextEncoder();
/**
 * fflate's streaming deflate defaults to a 2 MiB hash table per zip entry (mem 8); mem 3 is zlib's
 * default (32 Ki entries, 64 KiB). With a sheet per group that was 2 MiB of memory outside the heap per
 * sheet, piling up until a collection (bench (f), 30,000 files).
 */
const DEFLATE = { level: 6, mem: 3 } as const;

// eslint-disable-next-line no-control-regex
const BAD_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export const xmlEscape = (s: string): string =>
  s.replace(BAD_XML, "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);

export function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Display width: CJK and full-width characters take two columns. */
export function textWidth(v: XCell): number {
  if (v === null) return 0;
  const s = typeof v === "object" ? v.text : String(v);
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** A valid, unique sheet name (31 characters, none of []:*?/\). */
export function sheetName(want: string, taken: Set<string>): string {
  const base = want.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 3)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/></font><font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="等线"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

const S_HEAD = 1;
const S_LINK = 2;
const S_SCORE = 3;
const S_WRAP = 4;

function cellXml(ref: string, v: XCell, format: "score" | undefined, wrap: boolean): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${format === "score" ? ` s="${S_SCORE}"` : ""}><v>${v}</v></c>` : "";
  if (typeof v === "object") {
    const q = (s: string) => s.replace(/"/g, '""');
    if (v.link.length <= MAX_LINK && v.text.length <= MAX_LINK) {
      return `<c r="${ref}" s="${S_LINK}" t="str"><f>${xmlEscape(`HYPERLINK("${q(v.link)}","${q(v.text)}")`)}</f><v>${xmlEscape(v.text)}</v></c>`;
    }
    v = v.text;
  }
  const text = v.length > MAX_TEXT ? v.slice(0, MAX_TEXT - 1) + "…" : v;
  return `<c r="${ref}" t="inlineStr"${wrap ? ` s="${S_WRAP}"` : ""}><is><t xml:space="preserve">${xmlEscape(text)}</t></is></c>`;
}

/** Writes the workbook; `emit` receives the zip's bytes in order. Sheets are taken one at a time. */
export function writeXlsx(sheets: Iterable<XSheet>, emit: (chunk: Uint8Array) => void): void {
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed = err;
    else emit(data);
  });
  const file = (name: string, text: string) => {
    const f = new ZipDeflate(name, DEFLATE);
    zip.add(f);
    f.push(enc.encode(text), true);
  };
  const written: { name: string; lastRow: number; cols: number; plain: boolean }[] = [];
  const taken = new Set<string>();

  const writeSheet = (name: string, s: XSheet, rows: Iterator<XCell[]>, first: XCell[][]): boolean => {
    const n = written.length + 1;
    const f = new ZipDeflate(`xl/worksheets/sheet${n}.xml`, DEFLATE);
    zip.add(f);
    const cols = s.head.length;
    const widths = s.widths ?? s.head.map((h, c) => Math.min(60, Math.max(6, Math.max(textWidth(h), ...first.map((r) => textWidth(r[c] ?? null))) + 2)));
    const lastCol = colName(cols - 1);
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/>`;
    out += s.plain ? `<sheetViews><sheetView workbookViewId="0"${n === 1 ? ' tabSelected="1"' : ""}/></sheetViews>` : `<sheetViews><sheetView workbookViewId="0"${n === 1 ? ' tabSelected="1"' : ""}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`;
    out += `<sheetFormatPr defaultRowHeight="15"/><cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols><sheetData>`;
    out += `<row r="1">${s.head.map((h, c) => `<c r="${colName(c)}1" s="${S_HEAD}" t="inlineStr"><is><t>${xmlEscape(h)}</t></is></c>`).join("")}</row>`;
    let r = 1;
    let pending: string[] = [out];
    let size = out.length;
    const flush = (final = false) => {
      f.push(enc.encode(pending.join("")), final);
      pending = [];
      size = 0;
    };
    const put = (row: XCell[]) => {
      r += 1;
      let x = `<row r="${r}">`;
      for (let c = 0; c < cols; c++) x += cellXml(`${colName(c)}${r}`, row[c] ?? null, s.formats?.[c], !!s.plain && c === cols - 1);
      x += "</row>";
      pending.push(x);
      size += x.length;
      if (size > 1 << 16) flush();
    };
    for (const row of first) put(row);
    let more = false;
    for (let it = rows.next(); !it.done; it = rows.next()) {
      put(it.value);
      if (r > MAX_ROWS) {
        more = true;
        break;
      }
    }
    pending.push(`</sheetData>${s.plain ? "" : `<autoFilter ref="A1:${lastCol}${Math.max(r, 2)}"/>`}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`);
    flush(true);
    written.push({ name, lastRow: Math.max(r, 2), cols, plain: !!s.plain });
    return more;
  };

  for (const s of sheets) {
    const rows = s.rows[Symbol.iterator]();
    let part = 1;
    for (;;) {
      // The first rows set the column widths: scanning every row of a large batch is wasted time.
      const first: XCell[][] = [];
      while (first.length < 200) {
        const it = rows.next();
        if (it.done) break;
        first.push(it.value);
      }
      const name = sheetName(part === 1 ? s.name : `${s.name.slice(0, 26)} (${part})`, taken);
      if (!writeSheet(name, s, rows, first)) break;
      part += 1;
    }
  }

  const q = (name: string) => `'${name.replace(/'/g, "''")}'`;
  file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>${written.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
  );
  file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  );
  file("docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>pbm</Application></Properties>`);
  file("xl/styles.xml", STYLES);
  const defined = written
    .map((w, i) => (w.plain ? "" : `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlEscape(q(w.name))}!$A$1:$${colName(w.cols - 1)}$${w.lastRow}</definedName>`))
    .join("");
  file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${written.map((w, i) => `<sheet name="${xmlEscape(w.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>${defined ? `<definedNames>${defined}</definedNames>` : ""}</workbook>`,
  );
  file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${written.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${written.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.end();
  if (failed) throw failed;
}
