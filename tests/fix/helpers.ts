/** Hand-made packages and small utilities for the fix tests. */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";

export function tempDir(prefix = "pbm-fix-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Every file under a folder with its checksum: proves what was (not) written. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isFile()) out[name] = sha256(p);
  }
  return out;
}

export function entries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", removeNSPrefix: true, parseTagValue: false, trimValues: false });

type Xml = Record<string, unknown>;
const asArray = (x: unknown): Xml[] => (x === undefined ? [] : Array.isArray(x) ? (x as Xml[]) : [x as Xml]);

/** Cells of a sheet part, by reference, as fast-xml-parser sees them (attributes and children). */
export function cellsOf(xml: Uint8Array): Map<string, string> {
  const doc = parser.parse(new TextDecoder().decode(xml)) as Xml;
  const rows = asArray(((doc.worksheet as Xml).sheetData as Xml)?.row);
  const cells = new Map<string, string>();
  for (const row of rows) for (const c of asArray(row.c)) cells.set(String(c["@_r"]), JSON.stringify(c));
  return cells;
}

function itemText(item: unknown): string {
  if (item === null || item === undefined) return "";
  if (typeof item !== "object") return String(item);
  const o = item as Xml;
  if ("rPh" in o) return itemText({ ...o, rPh: undefined });
  return Object.entries(o)
    .filter(([k]) => !k.startsWith("@_") && k !== "rPr")
    .map(([k, v]) => (k === "#text" ? String(v) : asArray(v).map(itemText).join("")))
    .join("");
}

export interface CellView {
  /** The element as parsed, attributes and children. */
  raw: string;
  /** The text a reader sees: shared strings resolved, inline strings joined. */
  text: string;
  style: string | undefined;
}

/** Cells of a sheet part with their visible text (shared strings resolved through sharedStrings.xml). */
export function cellViews(sheetXml: Uint8Array, sstXml?: Uint8Array): Map<string, CellView> {
  const items = sstXml ? asArray(((parser.parse(new TextDecoder().decode(sstXml)) as Xml).sst as Xml).si).map(itemText) : [];
  const doc = parser.parse(new TextDecoder().decode(sheetXml)) as Xml;
  const out = new Map<string, CellView>();
  for (const row of asArray(((doc.worksheet as Xml).sheetData as Xml)?.row)) {
    for (const c of asArray(row.c)) {
      const v = c.v === undefined ? "" : itemText(c.v);
      const text = c["@_t"] === "s" ? (items[Number(v)] ?? "") : c["@_t"] === "inlineStr" ? itemText(c.is) : v;
      out.set(String(c["@_r"]), { raw: JSON.stringify(c), text, style: c["@_s"] === undefined ? undefined : String(c["@_s"]) });
    }
  }
  return out;
}

/** Shared-string items as parsed text. */
export function sharedStringsOf(xml: Uint8Array): string[] {
  const doc = parser.parse(new TextDecoder().decode(xml)) as Xml;
  return asArray((doc.sst as Xml).si).map((si) => JSON.stringify(si));
}

const CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="封面 &amp; 说明" sheetId="1" r:id="rId2"/><sheet name="项目表" sheetId="2" r:id="rId1"/></sheets></workbook>`;

// Sheet order in the workbook differs from part numbering on purpose: the patcher must follow the rels.
const WB_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** A bold font and a 0% number format: what must survive a fix. */
export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="14"/><color rgb="FFFF0000"/><name val="黑体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/**
 * Shared strings: 0 "<=" (used by E5, E6 and the cover sheet), 1 "满意度" (C7 only),
 * 2 "≧" (E7 only), 3 "产出指标", 4 "数量指标", 5 "服务对象满意度" (rich text), 6 ">=" (E8).
 */
const SST = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="10" uniqueCount="7">
  <si><t>&lt;=</t></si>
  <si><t>满意度</t></si>
  <si><t>≧</t></si>
  <si><t>产出指标</t></si>
  <si><t>数量指标</t></si>
  <si><r><rPr><b/></rPr><t>服务对象</t></r><r><t>满意度</t></r></si>
  <si><t>&gt;=</t></si>
</sst>`;

export const PROJECT_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:H9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="30" customWidth="1"/></cols><sheetData>
<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>部门预算项目（政策）绩效目标表</t></is></c></row>
<row r="5"><c r="B5" t="s"><v>3</v></c><c r="C5" t="s"><v>4</v></c><c r="E5" t="s" s="1"><v>0</v></c><c r="F5"><v>15.5</v></c></row>
<row r="6"><c r="E6" t="s"><v>0</v></c><c r="F6" s="2"><v>0.955</v></c><c r="G6"><f>F6*100</f><v>95.5</v></c></row>
<row r="7"><c r="C7" t="s"><v>1</v></c><c r="E7" t="s"><v>2</v></c><c r="F7" t="inlineStr"><is><t xml:space="preserve"> 100 </t></is></c></row>
<row r="8"><c r="D8" t="s"><v>5</v></c><c r="E8" t="s"><v>6</v></c><c r="F8" s="2"/></row>
<row r="9"><c r="E9" t="inlineStr"><is><t>=&gt;</t></is></c></row>
</sheetData><mergeCells count="2"><mergeCell ref="A1:H1"/><mergeCell ref="B5:B8"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const COVER_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`;

const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>财政局</dc:creator></cp:coreProperties>`;

/** A small styled workbook written by hand (not by SheetJS): styles, merges, widths, a formula, rich text. */
export function handMadeXlsx(sheet = PROJECT_SHEET): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(CT),
    "_rels/.rels": strToU8(ROOT_RELS),
    "docProps/core.xml": strToU8(CORE),
    "xl/workbook.xml": strToU8(WORKBOOK),
    "xl/_rels/workbook.xml.rels": strToU8(WB_RELS),
    "xl/styles.xml": strToU8(STYLES),
    "xl/sharedStrings.xml": strToU8(SST),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
    "xl/worksheets/sheet2.xml": strToU8(COVER_SHEET),
  });
}

/** Runs the CLI in-process with captured output. */
export async function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { Readable, Writable } = await import("node:stream");
  const { main } = await import("../../src/cli/main.js");
  let stdout = "";
  let stderr = "";
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        append(String(chunk));
        cb();
      },
    });
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Readable.from([]),
    cwd,
    env: { ...env },
  });
  return { code, stdout, stderr };
}

/** Sheet name → part path of an xlsx package, through workbook.xml and its rels. */
export function sheetParts(parts: Record<string, Uint8Array>): Map<string, string> {
  const wb = parser.parse(new TextDecoder().decode(parts["xl/workbook.xml"])) as Xml;
  const rels = parser.parse(new TextDecoder().decode(parts["xl/_rels/workbook.xml.rels"])) as Xml;
  const targets = new Map(asArray((rels.Relationships as Xml).Relationship).map((r) => [String(r["@_Id"]), String(r["@_Target"])]));
  const out = new Map<string, string>();
  for (const s of asArray(((wb.workbook as Xml).sheets as Xml).sheet)) {
    const target = targets.get(String(s["@_id"]))!;
    out.set(String(s["@_name"]), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return out;
}
