/**
 * The seed: 16 real tables as tab-separated text (issue 2 "Done when"). The expected
 * table names come from the reviewer's key (fixtures/seed/expected.json), matched after NFKC + no white space.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/api/normalize-files.js";
import type { FileRecords, Indicator, Table } from "../../src/model/records.js";
import { EXPECTED_FILE, SEED_TEXT } from "../helpers/expected.js";

const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

let records: FileRecords;
const table = (name: string): Table => {
  const t = records.tables.find((x) => key(x.name) === key(name));
  if (!t) throw new Error(`no table ${name}`);
  return t;
};
const indicator = (tableName: string, name: string): Indicator => {
  const i = table(tableName).indicators.find((x) => x.name === name);
  if (!i) throw new Error(`no indicator ${name} in ${tableName}`);
  return i;
};

beforeAll(async () => {
  records = await normalizeFile(SEED_TEXT);
});

describe("seed text", () => {
  it("finds 16 tables with the indicator counts of the issue", () => {
    expect(records.error).toBeNull();
    expect(records.tables.map((t) => t.indicators.length)).toEqual([8, 9, 7, 7, 5, 8, 13, 6, 8, 9, 6, 10, 9, 9, 9, 6]);
    expect(records.tables.reduce((n, t) => n + t.indicators.length, 0)).toBe(129);
  });

  it("names every table the reviewer names", () => {
    const expected = JSON.parse(readFileSync(EXPECTED_FILE, "utf8")) as { files: Record<string, Record<string, { table: string }[]>> };
    const names = new Set(Object.values(expected.files).flatMap((f) => Object.values(f).flat().map((item) => item.table)));
    names.delete("*");
    const found = new Set(records.tables.map((t) => key(t.name)));
    for (const n of names) expect(found, n).toContain(key(n));
  });

  it("reads kind, year, department, implementer and budget", () => {
    const fin = table("2023 年沈阳市金融专项");
    expect(fin).toMatchObject({ kind: "project", year: 2023, department: "沈阳市人民政府办公室", implementer: "沈阳市金融发展局", declaredUnit: "万元" });
    expect(fin.budget).toMatchObject({ amount: 12357, unit: "万元" });
    expect(fin.title).toBe("部门预算项目（政策）绩效目标表");
    const old = table("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金");
    expect(old).toMatchObject({ kind: "transfer", year: 2023, department: "沈阳市房产局", implementer: null });
    expect(old.budget).toMatchObject({ amount: 109842.82, unit: "万元" });
    // 省级主管部门 is empty here; the 市级 one is the department.
    expect(table("两品一标认证补贴").department).toBe("沈阳市农业农村局");
    expect(table("食品抽查检验专项经费").budget?.amount).toBe(4256.35);
    expect(records.tables.every((t) => t.year === 2023 && t.budget?.unit === "万元" && t.goal)).toBe(true);
  });

  it("keeps the 金融专项 rows after the blank line in the same table", () => {
    const fin = table("2023 年沈阳市金融专项");
    expect(fin.indicators).toHaveLength(13);
    expect(fin.indicators.at(-1)).toMatchObject({ level1: "满意度指标", level2: "社会公众满意度指标", name: "社会公众满意度", operator: ">=", value: 100, unit: "%" });
    // The 成本 row drifted one column left: 成本指标 is its 二级 under 产出指标.
    expect(indicator("2023 年沈阳市金融专项", "成本控制率")).toMatchObject({ level1: "产出指标", level2: "成本指标", operator: "<=", value: 100, unit: "%" });
  });

  it("reads the row of 环卫扫保 that starts one column left", () => {
    const i = indicator("2023 年环卫扫保经费", "社会公众满意度");
    expect(i).toMatchObject({ level1: "满意度指标", level2: "社会公众满意度指标", operator: ">=", value: 90, unit: "%", deadline: "2023 年 12 月" });
    expect(i.location.cell).toBe(`C${i.location.row}`);
  });

  it("reads 公积金: 良好 is a value in the unit column, 保障水平 starts in column A", () => {
    const env = indicator("沈阳公积金办事大厅专项业务经费", "对外窗口服务环境");
    expect(env).toMatchObject({ operator: null, value: "良好", unit: null, deadline: null, deadlineDate: null, level2: "社会效益指标" });
    const t = table("沈阳公积金办事大厅专项业务经费");
    expect(t.issues).toContainEqual(expect.objectContaining({ code: "value-in-unit-column", text: "良好" }));
    // The missing 完成时限 is the table's own column, not one beyond it.
    expect(env.cells).toMatchObject({ value: `G${env.location.row}`, deadline: `H${env.location.row}` });
    const keep = indicator("沈阳公积金办事大厅专项业务经费", "保障水平");
    expect(keep).toMatchObject({ operator: null, value: "足额保障", level1: "效益指标", level2: "可持续影响指标" });
    expect(keep.cells.level2).toBe(`A${keep.location.row}`);
  });

  it("reads 会展业 促进地区社会发展 shifted one column right", () => {
    expect(indicator("会展业专项", "促进地区社会发展")).toMatchObject({ operator: null, value: "促进发展", unit: null, deadline: "2023 年 12 月" });
  });

  it("reads 副食风险金 and 融资担保 rows", () => {
    expect(indicator("副食风险金-冬春蔬菜和猪肉储备", "拨付企业合计金额")).toMatchObject({ operator: "=", value: 10317000, unit: "元" });
    expect(indicator("融资担保补助项目", "担保机构满意度")).toMatchObject({ operator: "<=", value: 100, unit: "%" });
  });

  it("parses every deadline and keeps every value's cell", () => {
    const all = records.tables.flatMap((t) => t.indicators);
    for (const i of all) {
      if (i.deadline) expect(i.deadlineDate, i.name).not.toBeNull();
      expect(i.cells.name).toBe(i.location.cell);
    }
    expect(indicator("食品抽查检验专项经费", "系统性食品安全事故发生次数").deadlineDate).toEqual({ year: 2024, month: 3, day: null });
  });
});
