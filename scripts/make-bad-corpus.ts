/**
 * Writes the bad-input corpus into fixtures/bad/ (deterministic). Every file has
 * one expected outcome, listed in BAD_CORPUS and asserted by tests/read/bad-corpus.test.ts.
 * Large inputs (300,000-row CSV, 1 MB CSV cell, symlink loop, folder named x.xlsx) are made
 * at test time by the test itself; `makeHugeCsv` here is shared with it.
 * Run: npx tsx scripts/make-bad-corpus.ts
 */
import * as XLSX from "xlsx";
import { zipSync, strToU8 } from "fflate";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { FIXTURES, encodeGb18030, resetFormats, toCsv, writeOut } from "./make-fixtures.js";

const MTIME = new Date(Date.UTC(2023, 0, 1));

/** What reading each file must give: a ReadError code, or a workbook of that format. */
export const BAD_CORPUS: Record<string, { error: string; actual?: string } | { format: string; encoding?: string }> = {
  "empty-0-bytes.xlsx": { error: "empty" },
  "empty-0-bytes.csv": { error: "empty" },
  "blank-lines-only.csv": { error: "empty" },
  "truncated.xlsx": { error: "corrupt" },
  "random-bytes.xlsx": { error: "not-spreadsheet", actual: "未知二进制数据" },
  "picture.png.xlsx": { error: "not-spreadsheet", actual: "PNG 图片" },
  "document.pdf.xls": { error: "not-spreadsheet", actual: "PDF 文档" },
  "report.docx.xlsx": { error: "not-spreadsheet", actual: "Word 文档" },
  "slides.pptx.xlsx": { error: "not-spreadsheet", actual: "PowerPoint 文档" },
  "old-word.doc.xls": { error: "not-spreadsheet", actual: "Word 文档" },
  "plain-archive.zip.xlsx": { error: "not-spreadsheet", actual: "ZIP 压缩包" },
  "not-a-table.xml": { error: "not-spreadsheet", actual: "XML 文档（非表格）" },
  "zip-bomb.xlsx": { error: "too-large" },
  "encrypted.xlsx": { error: "encrypted" },
  "password-protected.xls": { error: "encrypted" },
  "formula-errors.xlsx": { format: "xlsx" },
  "proto-names.xlsx": { format: "xlsx" },
  "proto-names.csv": { format: "csv", encoding: "utf-8" },
  "one-mb-cell.xlsx": { format: "xlsx" },
  "gbk.csv": { format: "csv", encoding: "gb18030" },
  "gb18030-beyond-gbk.csv": { format: "csv", encoding: "gb18030" },
  "utf16le-bom.txt": { format: "tsv", encoding: "utf-16le" },
  "utf16be-bom.csv": { format: "csv", encoding: "utf-16be" },
  "ragged-rows.csv": { format: "csv", encoding: "utf-8" },
  "nul-byte.csv": { format: "csv", encoding: "utf-8" },
  "very-long-line.csv": { format: "csv", encoding: "utf-8-bom" },
  "name with spaces.csv": { format: "csv", encoding: "utf-8" },
  "预算（2023）绩效目标表#1.xlsx": { format: "xlsx" },
};

/** Small deterministic PRNG (xorshift32). */
function random(n: number, seed = 20230101): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const SMALL_TABLE: string[][] = [
  ["项目名称", "主管部门", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位"],
  ["社区养老服务补贴", "某市民政局", "产出指标", "数量指标", "补贴发放人数", ">=", "1200", "人"],
  ["社区养老服务补贴", "某市民政局", "满意度指标", "服务对象满意度指标", "老人满意度", ">=", "90", "%"],
];

function xlsxBytes(sheets: [string, unknown[][]][]): Uint8Array {
  resetFormats();
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/**
 * A real xlsx whose sheet XML inflates to `mb` MiB of identical rows; the sizes in its
 * central directory are the true ones, so the reader can refuse it before inflating.
 */
export function zipBomb(mb = 200): Uint8Array {
  // A run of one byte (XML whitespace between rows) deflates best: ~1000:1.
  const head = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`);
  const tail = strToU8("</sheetData></worksheet>");
  const sheet = new Uint8Array(mb << 20).fill(0x20);
  sheet.set(head, 0);
  sheet.set(tail, sheet.length - tail.length);
  const parts: Record<string, [Uint8Array, { mtime: Date; level: 9 }]> = {};
  for (const [name, text] of [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", ROOT_RELS],
    ["xl/workbook.xml", WORKBOOK],
    ["xl/_rels/workbook.xml.rels", WORKBOOK_RELS],
  ] as const)
    parts[name] = [strToU8(text), { mtime: MTIME, level: 9 }];
  parts["xl/worksheets/sheet1.xml"] = [sheet, { mtime: MTIME, level: 9 }];
  return zipSync(parts, { mtime: MTIME });
}

function ooxmlLike(parts: Record<string, string>): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = [strToU8(text), { mtime: MTIME }];
  return zipSync(files, { level: 6, mtime: MTIME });
}

function cfbWith(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, bytes] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, name, bytes);
  return XLSX.CFB.write(cfb, { type: "buffer" }) as Uint8Array;
}

/**
 * A BIFF8 workbook with a FILEPASS record (RC4) after its BOF, the way Excel marks a
 * password-protected .xls; the rest of the stream is left unencrypted, which no reader gets to.
 */
function passwordXls(): Uint8Array {
  resetFormats();
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(SMALL_TABLE), "绩效目标表");
  const cfb = XLSX.CFB.read(XLSX.write(wb, { type: "buffer", bookType: "biff8", bookSST: true }) as Uint8Array, { type: "buffer" });
  const entry = XLSX.CFB.find(cfb, "Workbook");
  if (!entry?.content) throw new Error("no Workbook stream");
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofEnd = 4 + stream.readUInt16LE(2);
  const body = Buffer.alloc(54);
  body.writeUInt16LE(1, 0); // wEncryptionType: RC4
  body.writeUInt16LE(1, 2);
  body.writeUInt16LE(1, 4);
  random(48, 5).forEach((b, i) => (body[6 + i] = b));
  const filepass = Buffer.concat([Buffer.from([0x2f, 0x00, body.length, 0x00]), body]);
  const patched = Buffer.concat([stream.subarray(0, bofEnd), filepass, stream.subarray(bofEnd)]);
  entry.content = patched;
  entry.size = patched.length;
  return XLSX.CFB.write(cfb, { type: "buffer" }) as Uint8Array;
}

/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

const PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

/** `rows` lines of a plausible CSV export, for the 300,000-row test (written at test time). */
export function makeHugeCsv(rows: number): string {
  const parts = ["项目名称,一级指标,二级指标,三级指标,运算符号,指标值,度量单位,完成时限\n"];
  for (let i = 0; i < rows; i++) parts.push(`项目${i % 997},产出指标,数量指标,指标${i},>=,${i % 1000},个,2023年12月\n`);
  return parts.join("");
}

export function main(root = FIXTURES): void {
  const DIR = path.join(root, "bad");
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const out = (name: string, bytes: Uint8Array | string) => writeOut(path.join(DIR, name), bytes);
  const good = xlsxBytes([["绩效目标表", SMALL_TABLE]]);

  out("empty-0-bytes.xlsx", new Uint8Array(0));
  out("empty-0-bytes.csv", new Uint8Array(0));
  out("blank-lines-only.csv", "\ufeff\r\n  \r\n\t\r\n");
  out("truncated.xlsx", good.subarray(0, Math.floor(good.length / 2)));
  out("random-bytes.xlsx", random(4096));
  out("picture.png.xlsx", PNG);
  out("document.pdf.xls", PDF);
  out(
    "report.docx.xlsx",
    ooxmlLike({
      "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      "word/document.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>绩效目标表说明</w:t></w:r></w:p></w:body></w:document>`,
    }),
  );
  out(
    "slides.pptx.xlsx",
    ooxmlLike({
      "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      "ppt/presentation.xml": `<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`,
    }),
  );
  out("old-word.doc.xls", cfbWith({ WordDocument: random(2048, 7) }));
  out("plain-archive.zip.xlsx", ooxmlLike({ "说明.txt": "这是一个普通压缩包", "data/a.csv": "a,b\n1,2\n" }));
  out("not-a-table.xml", `<?xml version="1.0" encoding="UTF-8"?>\n<config><item name="预算">1</item></config>\n`);
  out("zip-bomb.xlsx", zipBomb(200));
  // How an encrypted OOXML file looks: a CFB container with these two streams.
  out("encrypted.xlsx", cfbWith({ EncryptionInfo: random(512, 11), EncryptedPackage: random(4096, 12) }));
  out("password-protected.xls", passwordXls());

  const errorsWs = XLSX.utils.aoa_to_sheet([
    ["三级指标", "指标值", "说明"],
    ["资金到位率", null, "引用已删除的单元格"],
    ["人均成本", null, "除以零"],
    ["合计", 3, "正常数值"],
  ]);
  errorsWs["B2"] = { t: "e", v: 0x17, w: "#REF!", f: "#REF!*100" };
  errorsWs["B3"] = { t: "e", v: 0x07, w: "#DIV/0!", f: "C4/0" };
  resetFormats();
  const errorsWb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(errorsWb, errorsWs, "公式错误");
  out("formula-errors.xlsx", XLSX.write(errorsWb, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array);

  const proto = [
    ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"],
    ["__proto__", "constructor", "prototype", "valueOf", "__defineGetter__"],
    ["polluted", "yes", "prototype", "1", "2"],
  ];
  out("proto-names.xlsx", xlsxBytes([["__proto__", proto], ["constructor", proto], ["prototype", proto]]));
  out("proto-names.csv", toCsv(proto));

  // Excel caps a cell at 32,767 characters; a hostile file need not.
  const huge = "绩效目标说明".repeat(Math.ceil((1 << 20) / 6));
  out(
    "one-mb-cell.xlsx",
    ooxmlLike({
      "[Content_Types].xml": CONTENT_TYPES,
      "_rels/.rels": ROOT_RELS,
      "xl/workbook.xml": WORKBOOK,
      "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
      "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>三级指标</t></is></c><c r="B1" t="inlineStr"><is><t>指标解释</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>超长说明</t></is></c><c r="B2" t="inlineStr"><is><t>${huge}</t></is></c></row></sheetData></worksheet>`,
    }),
  );

  const gbkRows = [["项目名称", "主管部门", "指标值"], ["农村饮水安全巩固提升", "某县水利局", "≥95%"], ["高标准农田建设", "某县农业农村局", "2万亩"]];
  out("gbk.csv", encodeGb18030(toCsv(gbkRows)));
  out("gb18030-beyond-gbk.csv", encodeGb18030(toCsv([...gbkRows, ["生僻字㐀测试", "扩展B区𠀀字", "€100"]])));
  const u16 = "\ufeff" + toCsv(SMALL_TABLE, "\t");
  out("utf16le-bom.txt", Buffer.from(u16, "utf16le"));
  const be = Buffer.from(toCsv(SMALL_TABLE), "utf16le");
  be.swap16();
  out("utf16be-bom.csv", Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  out("ragged-rows.csv", "项目名称,一级指标,二级指标,三级指标,指标值\n社区养老,产出指标\n,,,,,,,,,多出来的列\n\n只有一列\n部门编码,001234,1e3\n");
  out("nul-byte.csv", Buffer.concat([Buffer.from("项目名称,指标值\n社区养老"), Buffer.from([0]), Buffer.from(",95%\n资金到位率,100%\n")]));
  out("very-long-line.csv", "\ufeff三级指标,指标解释\n长说明," + "很长的一行文字没有换行".repeat(5_000) + "\n短行,1\n");
  out("name with spaces.csv", toCsv(SMALL_TABLE));
  out("预算（2023）绩效目标表#1.xlsx", good);

  const made = readdirSync(DIR).sort();
  const listed = Object.keys(BAD_CORPUS).sort();
  if (made.join("\n") !== listed.join("\n")) throw new Error(`corpus and BAD_CORPUS differ: ${made.join(", ")}`);
  writeFileSync(path.join(DIR, "expected.json"), JSON.stringify(BAD_CORPUS, null, 2) + "\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

