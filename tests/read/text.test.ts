import { describe, expect, it } from "vitest";
import { readBytes } from "../../src/read/index.js";
import { decodeText, detectDelimiter, parseDelimited } from "../../src/read/text.js";
import { encodeGb18030 } from "../../scripts/make-fixtures.js";
import type { Grid } from "../../src/model/grid.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const values = (g: Grid) => Array.from(g.rows, (r) => Array.from(r ?? [], (c) => (c ? c.v : "")));
const parse = (s: string, d: string) => parseDelimited(s, d, () => {}).map((r) => Array.from(r, (c) => (c ? c.v : "")));

describe("decodeText: BOM, then strict UTF-8, then GB18030", () => {
  const s = "项目名称,指标值\n社区养老,≥95%\n";
  it("UTF-8 without and with BOM", () => {
    expect(decodeText(utf8(s))).toEqual({ text: s, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]))).toEqual({ text: s, encoding: "utf-8-bom" });
  });
  it("UTF-16 LE and BE with BOM", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]))).toEqual({ text: s, encoding: "utf-16le" });
    const be = Buffer.from(s, "utf16le").swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: s, encoding: "utf-16be" });
  });
  it("GBK and GB18030 (characters outside GBK: 㐀 𠀀 €)", () => {
    expect(decodeText(encodeGb18030(s))).toEqual({ text: s, encoding: "gb18030" });
    const rare = "生僻字㐀,扩展B𠀀,€100\n";
    expect(decodeText(encodeGb18030(rare))).toEqual({ text: rare, encoding: "gb18030" });
  });
  it("a stray NUL is dropped", () => {
    expect(decodeText(new Uint8Array([...utf8("a,b"), 0, ...utf8("\n")])).text).toBe("a,b\n");
  });
  it("bytes that are neither UTF-8 nor GB18030 are an encoding error", () => {
    // Latin-1 accents followed by punctuation: invalid in both
    const latin1 = new Uint8Array(Array.from("caf\xe9,na\xefve,r\xe9sum\xe9,\xe9t\xe9;d\xe9j\xe0,", (c) => c.charCodeAt(0)));
    expect(() => decodeText(latin1)).toThrow(expect.objectContaining({ code: "encoding" }));
    expect(() => readBytes(latin1, "x.csv")).toThrow(expect.objectContaining({ code: "encoding" }));
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["a,b,c\n1,2,3\n4,5,6", ","],
    ["a\tb\tc\n1\t2\t3", "\t"],
    ["a;b;c\n1,5;2;3\n4;5,5;6", ";"],
    ['"x, y",b\n"1,2",3', ","],
  ])("%j → %j", (s, d) => {
    expect(detectDelimiter(s)).toBe(d);
  });
  it("prose lines with commas around a tab-separated table still give tab", () => {
    const prose = Array.from({ length: 30 }, (_, i) => `第${i}段，我们做了很多工作, 包括 a, b, c 等。`).join("\n");
    const table = Array.from({ length: 10 }, (_, i) => `\t产出指标\t数量指标\t指标${i}\t>=\t${i}\t个\t2023 年 12 月`).join("\n");
    expect(detectDelimiter(prose + "\n" + table)).toBe("\t");
  });
  it("Excel's sep= hint on the first line wins", () => {
    expect(detectDelimiter("sep=;\na,b;c\n1,5;2")).toBe(";");
    expect(detectDelimiter("SEP=,\r\na;b,c;d\n")).toBe(",");
  });
  it("no delimiter at all → undefined (one cell per line)", () => {
    expect(detectDelimiter("只有一列\n第二行")).toBeUndefined();
  });
});

describe("parseDelimited", () => {
  it("quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF", () => {
    expect(parse('a,"b,c","say ""hi"""\r\n"line1\nline2",x,\r\n', ",")).toEqual([
      ["a", "b,c", 'say "hi"'],
      ["line1\nline2", "x"],
    ]);
  });
  it("a quote inside a field is literal; a stray or unterminated opening quote is literal too", () => {
    expect(parse('12"寸,b\nc,"open\nrest', ",")).toEqual([['12"寸', "b"], ["c", '"open'], ["rest"]]);
    expect(parse('\t"十四五"规划\t指标\n下一行\tx', "\t")).toEqual([["", '"十四五"规划', "指标"], ["下一行", "x"]]);
  });
  it("a quoted field at the end of the file, and an escaped quote just before the closing one", () => {
    expect(parse('a,"x ""y"""', ",")).toEqual([["a", 'x "y"']]);
    expect(parse('a,"multi\r\nline"\r\nb,c\r\n', ",")).toEqual([["a", "multi\r\nline"], ["b", "c"]]);
  });
  it("ragged rows, blank lines kept as empty rows (row = line), text kept as text", () => {
    expect(parse("a,b,c\n1\n\n,,,,x\n001234,1e3", ",")).toEqual([["a", "b", "c"], ["1"], [], ["", "", "", "", "x"], ["001234", "1e3"]]);
  });
  it("bare CR line endings", () => {
    expect(parse("a,b\r1,2\r", ",")).toEqual([["a", "b"], ["1", "2"]]);
  });
  it("a very long line", () => {
    const long = "长".repeat(500_000);
    expect(parse(`a,${long}\nb,1`, ",")).toEqual([["a", long], ["b", "1"]]);
  });
});

describe("readBytes on text", () => {
  it("keeps codes as text (no number parsing): 001234 keeps its zeros", () => {
    const wb = readBytes(utf8("部门编码,金额\n001234,1e3\n"), "codes.csv");
    expect(wb.grids[0].rows[1]).toEqual([{ v: "001234", t: "s" }, { v: "1e3", t: "s" }]);
  });
  it("a tab-separated .txt is tsv, one grid named Sheet1, encoding set", () => {
    const wb = readBytes(utf8("标题\n\n\t一级指标\t二级指标\n\t产出指标\t数量指标\n"), "x.txt");
    expect(wb).toMatchObject({ format: "tsv", encoding: "utf-8" });
    expect(wb.grids.map((g) => g.sheet)).toEqual(["Sheet1"]);
    expect(values(wb.grids[0])).toEqual([["标题"], [], ["", "一级指标", "二级指标"], ["", "产出指标", "数量指标"]]);
  });
  it("semicolon CSV", () => {
    const wb = readBytes(utf8("a;b\n1,5;2\n"), "x.csv");
    expect(values(wb.grids[0])).toEqual([["a", "b"], ["1,5", "2"]]);
  });
  it("text with no delimiter: one cell per line", () => {
    const wb = readBytes(utf8("部门预算项目绩效目标表\n2023 年\n"), "x.txt");
    expect(wb.format).toBe("text");
    expect(values(wb.grids[0])).toEqual([["部门预算项目绩效目标表"], ["2023 年"]]);
  });
});
