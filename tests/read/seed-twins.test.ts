/**
 * The seed's twins carry the same content as the text, stored the way real exports
 * store it (numbers, 0% formats, date cells, merges) — see fixtures/README.md.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { readWorkbook } from "../../src/read/index.js";
import { seedTables } from "../../scripts/make-fixtures.js";
import { gridLines, textLines, trimEnd } from "./seed-lines.js";

const SEED = path.join("fixtures", "seed");
const tables = seedTables();

describe("seed twins read back to the seed's content", () => {
  it("the text: 16 tables from line 97, tab-separated, UTF-8", async () => {
    const wb = await readWorkbook(path.join(SEED, "shenyang-2022-report-and-2023-targets.txt"));
    expect(wb).toMatchObject({ format: "tsv", encoding: "utf-8" });
    expect(tables).toHaveLength(16);
    const first = wb.grids[0].rows.findIndex((r) => r?.[0]?.v === tables[0].title);
    expect(first).toBeGreaterThan(95);
    const header = wb.grids[0].rows.findIndex((r, i) => i > first && r?.[0]?.v === "绩效指标");
    expect(header).toBeGreaterThan(first);
    expect(Array.from(wb.grids[0].rows[header], (c) => c?.v)).toEqual(["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"]);
  });

  for (const file of ["seed-per-sheet.xlsx", "seed.xls"]) {
    it(`${file}: one table per sheet, 表01…表16, same cells as the text`, async () => {
      const wb = await readWorkbook(path.join(SEED, file));
      expect(wb.grids.map((g) => g.sheet)).toEqual(tables.map((_, i) => `表${String(i + 1).padStart(2, "0")}`));
      tables.forEach((t, i) => {
        expect(trimEnd(gridLines(wb.grids[i], 0, t.lines.length)), `${file} ${t.lines[3]?.[1]}`).toEqual(trimEnd(textLines(t.lines)));
      });
    });
  }

  it("seed-stacked.xlsx: all tables in one sheet, two blank rows between", async () => {
    const wb = await readWorkbook(path.join(SEED, "seed-stacked.xlsx"));
    expect(wb.grids).toHaveLength(1);
    const expected: string[][] = [];
    tables.forEach((t, i) => expected.push(...(i ? [[], []] : []), ...textLines(t.lines)));
    expect(trimEnd(gridLines(wb.grids[0], 0, expected.length))).toEqual(trimEnd(expected));
  });

  it("seed-gb18030.csv: GB18030, the text exactly", async () => {
    const wb = await readWorkbook(path.join(SEED, "seed-gb18030.csv"));
    expect(wb).toMatchObject({ format: "csv", encoding: "gb18030" });
    const expected: string[][] = [];
    tables.forEach((t, i) => expected.push(...(i ? [[], []] : []), ...t.lines));
    expect(trimEnd(Array.from(wb.grids[0].rows, (r) => Array.from(r ?? [], (c) => (c ? String(c.v) : ""))))).toEqual(trimEnd(expected));
  });

  it("real-export storage: merges, 0% percents, date cells, numeric amounts", async () => {
    const wb = await readWorkbook(path.join(SEED, "seed-per-sheet.xlsx"));
    const g = wb.grids[0];
    const ranges = g.merges.map((m) => XLSX.utils.encode_range(m));
    // title across, name across, 绩效指标 down, 产出指标 (一级) and 数量指标 (二级) down
    expect(ranges).toEqual(expect.arrayContaining(["A1:H1", "B4:H4", "A12:A20", "B13:B18", "C13:C16"]));
    expect(g.rows[9][1]).toMatchObject({ v: 109842.82, t: "n", z: "#,##0.00" });
    expect(g.rows[16][5]).toMatchObject({ v: 1, t: "n", z: "0%" }); // 验收合格率 = 100%
    expect(g.rows[12][7]).toMatchObject({ v: "2023-12-31", t: "d" });
    const t2 = wb.grids[1];
    expect(t2.rows[10][5]).toMatchObject({ v: 0.1, z: "0%" }); // 科技成果转化率 >= 10 | %
    expect(t2.rows[10][6]).toEqual({ v: "%", t: "s" });
  });
});
