import * as XLSX from "xlsx";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readBytes } from "../../src/read/index.js";
import type { Grid } from "../../src/model/grid.js";
import { buildBook, dateCell, errorCell, merge, pct, type SheetSpec } from "../../scripts/make-fixtures.js";

const SHEET: SheetSpec = {
  name: "表01",
  rows: [
    ["部门预算项目（政策）绩效目标表"],
    ["三级指标", "运算符号", "指标值", "度量单位", "完成时限"],
    ["验收合格率", "=", pct(95), null, dateCell(2023, 12, 31)],
    ["改造户数", ">=", 40.87, "万户", dateCell(2024, 3, 31)],
    ["资金到位率", null, errorCell("#REF!"), null, errorCell("#DIV/0!")],
    ["是否达标", null, true, null, "2023 年 12 月"],
    ["部门编码", null, "001234"],
  ],
  // The title merge runs past the used range (!ref ends at column E).
  merges: [merge(0, 0, 0, 7), merge(2, 0, 3, 0)],
};

function write(bookType: XLSX.BookType): Uint8Array {
  const out = XLSX.write(buildBook([SHEET, { name: "封面", rows: [["封面"]] }]), { type: "buffer", bookType });
  return typeof out === "string" ? new TextEncoder().encode(out) : new Uint8Array(out);
}
const cell = (g: Grid, a1: string) => {
  const { r, c } = XLSX.utils.decode_cell(a1);
  return g.rows[r]?.[c];
};

describe("SheetJS formats → grids", () => {
  it("uses SheetJS 0.20.3 (the release without the 0.18.5 CVEs)", () => {
    expect(XLSX.version).toBe("0.20.3");
  });

  describe.each([
    ["xlsx", "xlsx"],
    ["biff8", "xls"],
    ["xlml", "xml2003"],
  ] as const)("%s", (bookType, format) => {
    const wb = readBytes(write(bookType), `t.${bookType}`);
    const g = wb.grids[0];
    it("format, sheets in order", () => {
      expect(wb.format).toBe(format);
      expect(wb.grids.map((x) => x.sheet)).toEqual(["表01", "封面"]);
    });
    it("a percent cell keeps v 0.95 and its format", () => {
      expect(cell(g, "C3")).toMatchObject({ v: 0.95, t: "n", z: "0%" });
    });
    it("date cells become t d with an ISO date, whatever the time zone", () => {
      expect(cell(g, "E3")).toMatchObject({ v: "2023-12-31", t: "d" });
      expect(cell(g, "E4")).toMatchObject({ v: "2024-03-31", t: "d" });
      expect(String(cell(g, "E3")?.z)).toMatch(/yyyy/);
    });
    it("numbers, booleans, text", () => {
      expect(cell(g, "C4")).toMatchObject({ v: 40.87, t: "n" });
      expect(cell(g, "C6")).toMatchObject({ v: true, t: "b" });
      expect(cell(g, "E6")).toEqual({ v: "2023 年 12 月", t: "s" });
      expect(cell(g, "C7")).toEqual({ v: "001234", t: "s" });
    });
    it("formula errors are t e with their text", () => {
      expect(cell(g, "C5")).toEqual({ v: "#REF!", t: "e" });
      expect(cell(g, "E5")).toEqual({ v: "#DIV/0!", t: "e" });
    });
    it("merges, including one beyond the used range; cells under a merge are empty", () => {
      expect(g.merges).toEqual(expect.arrayContaining([merge(0, 0, 0, 7), merge(2, 0, 3, 0)]));
      expect(cell(g, "B1")).toBeUndefined();
    });
  });

  it("ods: sheets, merges, percent and date cells", () => {
    const wb = readBytes(write("ods"), "t.ods");
    const g = wb.grids[0];
    expect(wb.format).toBe("ods");
    expect(cell(g, "C3")).toMatchObject({ v: 0.95, t: "n", z: "0%" });
    expect(cell(g, "E3")).toMatchObject({ v: "2023-12-31", t: "d" });
    expect(g.merges).toEqual(expect.arrayContaining([merge(2, 0, 3, 0)]));
  });

  it("1904 date system workbooks give the same ISO dates", () => {
    const wb = buildBook([{ name: "S", rows: [[{ v: 45291 - 1462, t: "n", z: "yyyy-mm-dd" }]] }]);
    wb.Workbook = { WBProps: { date1904: true } };
    const bytes = XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Uint8Array;
    expect(readBytes(bytes, "d.xlsx").grids[0].rows[0][0]).toMatchObject({ v: "2023-12-31", t: "d" });
  });

  it("HTML saved as .xls: rowspan/colspan become merges, text stays text", () => {
    const html = `<html><head><meta charset="utf-8"></head><body><table>
<tr><td colspan="3">绩效目标表</td></tr>
<tr><td rowspan="2">产出指标</td><td>部门编码</td><td>001234</td></tr>
<tr><td>改造户数</td><td>40.87</td></tr></table></body></html>`;
    const wb = readBytes(new TextEncoder().encode(html), "export.xls");
    const g = wb.grids[0];
    expect(wb).toMatchObject({ format: "html", encoding: "utf-8" });
    expect(g.merges).toEqual(expect.arrayContaining([merge(0, 0, 0, 2), merge(1, 0, 2, 0)]));
    expect(cell(g, "C2")).toMatchObject({ v: "001234" });
    expect(cell(g, "B3")).toMatchObject({ v: "改造户数" });
  });

  it("a BIFF5 (Excel 95) workbook is read as xls", () => {
    // SheetJS writes BIFF5 in codepage 1252 only, so this one is ASCII.
    const wb = buildBook([{ name: "S", rows: [["Budget", 12357], ["Rate", pct(95)]] }]);
    const got = readBytes(XLSX.write(wb, { type: "buffer", bookType: "biff5" }) as Uint8Array, "old.xls");
    expect(got.format).toBe("xls");
    expect(got.grids[0].rows[0]).toEqual([{ v: "Budget", t: "s" }, expect.objectContaining({ v: 12357, t: "n" })]);
    expect(got.grids[0].rows[1][1]).toMatchObject({ v: 0.95, z: "0%" });
  });

  it("a workbook whose sheet part is missing is corrupt, not empty", () => {
    const parts = unzipSync(write("xlsx"));
    delete parts["xl/worksheets/sheet1.xml"];
    delete parts["xl/worksheets/sheet2.xml"];
    expect(() => readBytes(zipSync(parts), "broken.xlsx")).toThrow(expect.objectContaining({ code: "corrupt" }));
  });

  it("a workbook with no cells at all is empty", () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), "S");
    const bytes = XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Uint8Array;
    expect(() => readBytes(bytes, "blank.xlsx")).toThrow(expect.objectContaining({ code: "empty" }));
  });

  it.each([27, 31, 57, 58])("a date in Chinese Excel's built-in format %i (not in SheetJS's table) is still a date", (id) => {
    const wb = buildBook([{ name: "S", rows: [["完成时限", { v: 45291, t: "n", z: "m/d/yy" }, 40.87]] }]);
    const parts = unzipSync(XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Uint8Array);
    parts["xl/styles.xml"] = new TextEncoder().encode(new TextDecoder().decode(parts["xl/styles.xml"]).replace('numFmtId="14"', `numFmtId="${id}"`));
    const row = readBytes(zipSync(parts), "zh.xlsx").grids[0].rows[0];
    expect(row[1]).toMatchObject({ v: "2023-12-31", t: "d" });
    expect(row[2]).toMatchObject({ v: 40.87, t: "n" });
  });
});
