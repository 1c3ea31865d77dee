import * as XLSX from "xlsx";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { sniffFormat } from "../../src/read/index.js";

const book = (bookType: XLSX.BookType): Uint8Array => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["项目名称", "指标值"], ["社区养老", 95]]), "表1");
  const out = XLSX.write(wb, { type: "buffer", bookType });
  return typeof out === "string" ? new TextEncoder().encode(out) : new Uint8Array(out);
};
const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
const cfb = (streams: string[]) => {
  const c = XLSX.CFB.utils.cfb_new();
  for (const s of streams) XLSX.CFB.utils.cfb_add(c, s, new Uint8Array(600).fill(7));
  return new Uint8Array(XLSX.CFB.write(c, { type: "buffer" }) as Uint8Array);
};
const text = (s: string) => new TextEncoder().encode(s);

describe("sniffFormat: the format comes from the bytes", () => {
  it.each([
    ["xlsx", "xlsx"],
    ["biff8", "xls"],
    ["biff5", "xls"],
    ["ods", "ods"],
    ["xlml", "xml2003"],
  ] as const)("a %s workbook is %s", (bookType, format) => {
    expect(sniffFormat(book(bookType))).toEqual({ format });
  });

  it("an xlsx with a VBA project is xlsm", () => {
    expect(sniffFormat(zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>", "xl/vbaProject.bin": "x" }))).toEqual({ format: "xlsm" });
  });

  it.each([
    [{ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" }, "Word 文档"],
    [{ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>" }, "PowerPoint 文档"],
    [{ "a.txt": "hello" }, "ZIP 压缩包"],
  ])("a zip of %j is not a spreadsheet (%s)", (files, actual) => {
    expect(sniffFormat(zip(files))).toEqual({ error: "not-spreadsheet", actual });
  });

  it("an OpenDocument text file is not a spreadsheet", () => {
    const odt = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }], "content.xml": strToU8("<x/>") });
    expect(sniffFormat(odt)).toEqual({ error: "not-spreadsheet", actual: "ODF 文本文档" });
  });

  it("a CFB container: workbook → xls, encryption streams → encrypted, WordDocument → not a spreadsheet", () => {
    expect(sniffFormat(cfb(["Workbook"]))).toEqual({ format: "xls" });
    expect(sniffFormat(cfb(["EncryptionInfo", "EncryptedPackage"]))).toEqual({ error: "encrypted" });
    expect(sniffFormat(cfb(["WordDocument"]))).toEqual({ error: "not-spreadsheet", actual: "Word 文档" });
    expect(sniffFormat(cfb(["Something"]))).toEqual({ error: "not-spreadsheet", actual: "OLE 复合文档（非表格）" });
  });

  it("a truncated zip or CFB is corrupt", () => {
    const x = book("xlsx");
    expect(sniffFormat(x.subarray(0, x.length - 30))).toMatchObject({ error: "corrupt" });
    expect(sniffFormat(cfb(["Workbook"]).subarray(0, 100))).toMatchObject({ error: "corrupt" });
  });

  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], "PDF 文档"],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG 图片"],
    [[0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JPEG 图片"],
    [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], "GIF 图片"],
    [[0x1f, 0x8b, 8, 0], "gzip 压缩包"],
    [[0x4d, 0x5a, 0x90, 0], "Windows 程序"],
  ])("magic %j is not a spreadsheet (%s)", (bytes, actual) => {
    expect(sniffFormat(new Uint8Array([...bytes, ...new Array(64).fill(0)]))).toEqual({ error: "not-spreadsheet", actual });
  });

  it.each([
    ["<html><body><table><tr><td>a</td></tr></table></body></html>"],
    ["\ufeff  \r\n<!DOCTYPE html><html><table></table></html>"],
    ["<table border=1><tr><td>项目名称</td></tr></table>"],
    ["<!-- 预算系统导出 -->\r\n<style>td{}</style><table><tr><td>项目名称</td></tr></table>"],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><table/></body></html>'],
  ])("HTML (%j) is html", (s) => {
    expect(sniffFormat(text(s))).toEqual({ format: "html" });
  });

  it("a CSV that happens to start like a short signature (MZ, ID3) is still text", () => {
    expect(sniffFormat(text("MZ公司,预算\n1,2\n"))).toEqual({ format: "csv" });
    expect(sniffFormat(text("ID3,名称\n1,2\n"))).toEqual({ format: "csv" });
  });

  it("XML that is not SpreadsheetML 2003 is not a spreadsheet", () => {
    expect(sniffFormat(text('<?xml version="1.0"?><root/>'))).toEqual({ error: "not-spreadsheet", actual: "XML 文档（非表格）" });
  });

  it("text by its delimiter: comma → csv, tab → tsv, semicolon → csv, none → text", () => {
    expect(sniffFormat(text("a,b,c\n1,2,3\n"))).toEqual({ format: "csv" });
    expect(sniffFormat(text("a\tb\tc\n1\t2\t3\n"))).toEqual({ format: "tsv" });
    expect(sniffFormat(text("a;b;c\n1;2;3\n"))).toEqual({ format: "csv" });
    expect(sniffFormat(text("只有一列\n第二行\n"))).toEqual({ format: "text" });
  });

  it("binary garbage is refused, a single NUL in a CSV is not", () => {
    const garbage = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expect(sniffFormat(garbage)).toEqual({ error: "not-spreadsheet", actual: "未知二进制数据" });
    expect(sniffFormat(new Uint8Array([...text("项目,值\n养老"), 0, ...text(",95\n")]))).toEqual({ format: "csv" });
  });

  it("0 bytes and blank text are empty", () => {
    expect(sniffFormat(new Uint8Array(0))).toEqual({ error: "empty" });
    expect(sniffFormat(text("\ufeff \r\n\r\n"))).toEqual({ error: "empty" });
  });

  it("UTF-16 text without a BOM is recognised by its NUL pattern, not refused as binary", () => {
    const le = Buffer.from("项目名称\t指标值\nabc\t95\n", "utf16le");
    expect(sniffFormat(le)).toEqual({ format: "tsv" });
  });
});
