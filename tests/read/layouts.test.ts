/** The hand-made layout fixtures are what fixtures/README.md says they are. */
import path from "node:path";
import * as XLSX from "xlsx";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/read/index.js";
import type { Grid, Workbook } from "../../src/model/grid.js";

const L = (f: string) => path.join("fixtures", "layouts", f);
const at = (g: Grid, a1: string) => {
  const { r, c } = XLSX.utils.decode_cell(a1);
  return g.rows[r]?.[c]?.v;
};
const texts = (wb: Workbook) => wb.grids.flatMap((g) => g.rows.flatMap((r) => Array.from(r ?? [], (c) => (c ? String(c.v) : ""))));

describe("layout fixtures", () => {
  it("a: operator and unit inside the value, no operator column", async () => {
    const wb = await readWorkbook(L("a-operator-in-value.xlsx"));
    expect(texts(wb)).toEqual(expect.arrayContaining(["≥95%", "95%以上", "不低于90%", "≦380万", "<=100", "≥18000人"]));
    expect(texts(wb)).not.toContain("运算符号");
  });

  it("b: 指标性质, 权重 and 评（扣）分标准 columns", async () => {
    const g = (await readWorkbook(L("b-nature-weight.xlsx"))).grids[0];
    expect(g.rows[7].map((c) => c?.v)).toEqual(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（分）", "评（扣）分标准", "指标解释"]);
    expect(g.rows[13][4]).toMatchObject({ v: 0.95, z: "0%" });
  });

  it("c: one row per indicator, three projects on one sheet", async () => {
    const g = (await readWorkbook(L("c-long-rows.xlsx"))).grids[0];
    const names = new Set(g.rows.slice(2).map((r) => r[0]?.v).filter(Boolean));
    expect([...names]).toEqual(["城乡困难群众临时救助资金", "老年人助餐服务补贴", "残疾人两项补贴"]);
    expect(g.rows[7][0]).toBeUndefined(); // 项目二's columns are blank below its first row
  });

  it("d: a cover sheet without a table, tables at C4, C19 and M4", async () => {
    const wb = await readWorkbook(L("d-offset-tables-cover.xlsx"));
    expect(wb.grids.map((g) => g.sheet)).toEqual(["封面", "绩效目标表"]);
    const g = wb.grids[1];
    for (const a1 of ["C4", "C19", "M4"]) expect(at(g, a1)).toBe("部门预算项目（政策）绩效目标表");
    expect(at(g, "A4")).toBeUndefined();
  });

  it("e: 中期 and 年度 value columns", async () => {
    const g = (await readWorkbook(L("e-mid-annual.xlsx"))).grids[0];
    expect(g.rows[10].map((c) => c?.v)).toEqual(["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]);
  });

  it("f: drifting labels, an empty column, a value in the unit column", async () => {
    const g = (await readWorkbook(L("f-drift.xlsx"))).grids[0];
    expect(at(g, "B4")).toBe("项目(政策)名称");
    expect(at(g, "D4")).toBe("社区卫生服务中心标准化建设");
    expect(g.rows.slice(8).every((r) => r[5] === undefined)).toBe(true);
    expect(at(g, "I13")).toBe("良好");
    expect(at(g, "H13")).toBeUndefined();
  });

  it("g: HTML saved as .xls (GB18030) and XML Spreadsheet 2003", async () => {
    const html = await readWorkbook(L("g-html-table-saved-as.xls"));
    expect(html).toMatchObject({ format: "html", encoding: "gb18030" });
    expect(html.grids[0].merges.map((m) => XLSX.utils.encode_range(m))).toEqual(expect.arrayContaining(["A1:H1", "A8:A13", "B9:B11"]));
    const xml = await readWorkbook(L("g-xml-spreadsheet-2003.xml"));
    expect(xml.format).toBe("xml2003");
    expect(at(xml.grids[0], "F10")).toBe(0.98);
    expect(at(xml.grids[0], "H9")).toBe("2023-12-31");
  });

  it("h: ods", async () => {
    const wb = await readWorkbook(L("h-project.ods"));
    expect(wb.format).toBe("ods");
    expect(at(wb.grids[0], "B4")).toBe("中小学校舍维修改造");
  });

  it("i: 部门整体 and 转移支付 sheets", async () => {
    const wb = await readWorkbook(L("i-department-and-transfer.xlsx"));
    expect(wb.grids.map((g) => g.sheet)).toEqual(["部门整体", "转移支付"]);
    expect(at(wb.grids[0], "A1")).toBe("部门（单位）整体支出绩效目标表");
    expect(at(wb.grids[1], "A1")).toBe("中央对地方转移支付区域绩效目标表");
  });
});
