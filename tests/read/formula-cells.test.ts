/**
 * Formula cells: a value a person typed with a leading "=" and an export stored as a formula
 * (=300天) reads as that text; a real computation keeps the value it cached.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import type { Cell } from "../../src/model/grid.js";
import { readBytes, readWorkbook } from "../../src/read/index.js";

/** One column of cells in a workbook as SheetJS writes it; `date1904` sets the workbook's calendar. */
function workbook(cells: XLSX.CellObject[], opts: { date1904?: boolean; bookType?: XLSX.BookType } = {}): Uint8Array {
  const ws = { "!data": cells.map((c) => [c]), "!ref": `A1:A${cells.length}` } as XLSX.WorkSheet;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "表1");
  if (opts.date1904) wb.Workbook = { ...wb.Workbook, WBProps: { date1904: true } };
  return XLSX.write(wb, { type: "buffer", bookType: opts.bookType ?? "xlsx" }) as Buffer;
}

const column = (bytes: Uint8Array, name = "t.xlsx"): (Cell | undefined)[] => {
  const rows = readBytes(bytes, name).grids[0].rows;
  return Array.from({ length: rows.length }, (_, r) => rows[r]?.[0]);
};

describe("formula cells", () => {
  it("a typed value stored as a formula reads as what the person typed", () => {
    const cells = column(
      workbook([
        { t: "e", v: 0x1d, w: "#NAME?", f: "300天" }, // Excel / WPS cached #NAME?
        { t: "s", f: "100百分比" } as XLSX.CellObject, // no cached value (openpyxl-style writers)
        { t: "s", v: "=30000人次", f: "30000人次" }, // a number and a unit, whatever was cached
        { t: "e", v: 0x0f, w: "#VALUE!", f: "99百分比" },
      ]),
    );
    expect(cells).toEqual([
      { v: "=300天", t: "s" },
      { v: "=100百分比", t: "s" },
      { v: "=30000人次", t: "s" },
      { v: "=99百分比", t: "s" },
    ]);
  });

  it("a real computation keeps its cached value, an error from one stays the error", () => {
    const cells = column(
      workbook([
        { t: "n", v: 120, f: "SUM(B2:B5)" },
        { t: "s", v: "合计", f: '"合"&"计"' },
        { t: "n", v: 95, f: "95" },
        { t: "e", v: 0x07, w: "#DIV/0!", f: "B2/B3" },
        { t: "b", v: true, f: "1=1" },
      ]),
    );
    expect(cells).toEqual([
      { v: 120, t: "n", w: "120" },
      { v: "合计", t: "s" },
      { v: 95, t: "n", w: "95" },
      { v: "#DIV/0!", t: "e" },
      { v: true, t: "b" },
    ]);
  });

  it("a formula that computes an empty text is an empty cell", () => {
    const rows = readBytes(workbook([{ t: "s", v: "x" }, { t: "s", v: "", f: 'IF(A1="x","","y")' }]), "t.xlsx").grids[0].rows;
    expect(rows[1]?.[0]).toBeUndefined();
  });

  it("a date computed by a formula honours the workbook's 1904 calendar", () => {
    // 43829 days after 1904-01-01 is 2023-12-31 (in the 1900 calendar it would be 2019-12-30)
    const cell = { t: "n", v: 43829, z: "yyyy-mm-dd", f: "DATE(2023,12,31)" } as XLSX.CellObject;
    expect(column(workbook([cell], { date1904: true }))[0]).toMatchObject({ v: "2023-12-31", t: "d" });
    expect(column(workbook([cell]))[0]).toMatchObject({ v: "2019-12-30", t: "d" });
  });

  it("styled empty cells, kept as stubs to see formulas without a cached value, are not cells", () => {
    const wb = readBytes(workbook([{ t: "z" } as XLSX.CellObject, { t: "s", v: "x" }, { t: "z" } as XLSX.CellObject]), "t.xlsx");
    expect(wb.grids[0].rows.flatMap((r) => (r ?? []).filter(Boolean))).toEqual([{ v: "x", t: "s" }]);
  });

  it("the rendered 05 (甘肃嘉峪关): its =… values read as printed, whichever way they were cached", async () => {
    const file = path.join("fixtures", "corpus", "rendered", "05-gansu-jiayuguan-bowuguan-mianfei-kaifang-2023.xlsx");
    const g = (await readWorkbook(file)).grids[0];
    const d = (a1: string) => {
      const { r, c } = XLSX.utils.decode_cell(a1);
      return g.rows[r]?.[c];
    };
    // D16 and D18 cache #NAME?, D17 and D23 cache nothing (scripts/render-corpus.ts)
    expect(["D16", "D17", "D18", "D23", "D25"].map(d)).toEqual(
      ["=300天", "=100百分比", "=99百分比", "=30000人次", "=99百分比"].map((v) => ({ v, t: "s" })),
    );
  });
});
