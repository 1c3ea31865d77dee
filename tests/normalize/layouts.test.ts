/** The hand-made layout fixtures (fixtures/layouts, made by scripts/make-fixtures.ts) — layouts the seed does not have. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/api/normalize-files.js";
import type { Indicator, Table } from "../../src/model/records.js";

const load = async (file: string) => {
  const r = await normalizeFile(path.resolve("fixtures/layouts", file));
  expect(r.error).toBeNull();
  return r.tables;
};
const ind = (t: Table, name: string): Indicator => {
  const i = t.indicators.find((x) => x.name === name);
  if (!i) throw new Error(`no ${name} in ${t.name}`);
  return i;
};
const opv = (i: Indicator) => [i.operator, i.operatorRaw, i.value, i.unit];

describe("layout fixtures", () => {
  it("a: operator and unit inside the value, no operator column", async () => {
    const [t] = await load("a-operator-in-value.xlsx");
    expect(t).toMatchObject({ kind: "project", year: 2023, declaredUnit: "万元", department: "长沙市雨花区生态环境分局", implementer: "雨花区大气污染防治工作站" });
    expect(t.budget).toMatchObject({ amount: 250, unit: "万元" });
    expect(t.goal).toMatch(/^全年降尘作业/);
    expect(t.indicators).toHaveLength(13);
    expect(opv(ind(t, "租赁雾炮车数量"))).toEqual([null, null, 10, "辆"]);
    expect(opv(ind(t, "雾炮车风炮射程"))).toEqual([">=", "≥", 80, "M"]);
    expect(opv(ind(t, "车辆完好率"))).toEqual([">=", "以上", 95, "%"]);
    expect(opv(ind(t, "作业记录合格率"))).toEqual([">=", "不低于", 90, "%"]);
    expect(opv(ind(t, "租赁服务成本"))).toEqual(["<=", "≦", 380, "万"]);
    expect(opv(ind(t, "城区PM10浓度同比下降"))).toEqual([">=", "＞＝", 3, "%"]);
    expect(ind(t, "服务周期").value).toBe("2023年12月31日前");
  });

  it("b: 指标性质 and 权重 columns, 成本指标 first with a weight in its label", async () => {
    const [t] = await load("b-nature-weight.xlsx");
    expect(t.budget).toMatchObject({ amount: 1280, unit: "万元" });
    expect(t.budgetItems.map((b) => [b.label, b.money.amount])).toEqual([
      ["项目总预算", 1280],
      ["其中：财政资金", 1180],
      ["其中：其它资金", 100],
    ]);
    const first = t.indicators[0];
    expect(first).toMatchObject({ level1: "成本指标", level2: "经济成本指标", operator: "<=", weight: 10 });
    expect(first.level1Raw).toMatch(/^成本指标（0-20/);
    expect(first.extra).toMatchObject({ 指标解释: "养护总成本/养护里程" });
    expect(ind(t, "农村群众出行条件")).toMatchObject({ operator: null, operatorRaw: "定性", value: "明显改善" });
    expect(t.indicators.reduce((n, i) => n + (i.weight ?? 0), 0)).toBe(100);
  });

  it("c: the long layout becomes one table per project", async () => {
    const tables = await load("c-long-rows.xlsx");
    expect(tables.map((t) => [t.name, t.department, t.budget?.amount, t.indicators.length])).toEqual([
      ["城乡困难群众临时救助资金", "某市民政局", 860, 4],
      ["老年人助餐服务补贴", "某市民政局", 420, 4],
      ["残疾人两项补贴", "某市残疾人联合会", 1350.5, 4],
    ]);
    expect(tables[1].indicators.every((i) => i.level1 !== null && i.location.sheet === "汇总表")).toBe(true);
  });

  it("d: cover sheet without a table; stacked and side-by-side tables off A1", async () => {
    const tables = await load("d-offset-tables-cover.xlsx");
    expect(tables.map((t) => [t.location.sheet, t.location.range, t.name, t.indicators.length])).toEqual([
      ["绩效目标表", "C4:J15", "市级文化惠民演出补助", 4],
      ["绩效目标表", "M4:T14", "非物质文化遗产保护", 3],
      ["绩效目标表", "C19:J30", "公共图书馆免费开放", 4],
    ]);
    expect(tables[1].indicators.map((i) => i.name)).toEqual(["记录整理非遗项目", "传承人补助标准", "传承人满意度"]);
    expect(tables[0].indicators.every((i) => Object.keys(i.extra).length === 0)).toBe(true);
    expect(ind(tables[0], "观众满意度")).toMatchObject({ value: 90, unit: "%" });
  });

  it("e: 中期/年度 money, goals and values — the year's figures lead, 中期 kept", async () => {
    const [t] = await load("e-mid-annual.xlsx");
    expect(t).toMatchObject({ department: "某县农业农村局", year: 2023 });
    expect(t.budget).toMatchObject({ amount: 5600, unit: "万元" });
    expect(t.budgetItems.find((b) => b.label === "中期资金总额")?.money.amount).toBe(26000);
    expect(t.goal).toMatch(/^建成高标准农田 2 万亩/);
    expect(t.goals.map((g) => g.label)).toEqual(["中期目标（2021年-2025年）", "年度目标"]);
    expect(ind(t, "新建高标准农田面积")).toMatchObject({ operator: ">=", value: 2, unit: "万亩", extra: { 中期指标值: "≥10万亩" } });
  });

  it("f: drifting labels, an empty column, values in the unit column", async () => {
    const [t] = await load("f-drift.xlsx");
    expect(t).toMatchObject({ name: "社区卫生服务中心标准化建设", department: "某区卫生健康局" });
    expect(t.budget?.amount).toBe(680);
    expect(ind(t, "对外窗口服务环境")).toMatchObject({ value: "良好", unit: null });
    expect(ind(t, "改造完成时间")).toMatchObject({ value: "2023年10月", unit: null, deadlineDate: { year: 2023, month: 12, day: null } });
    expect(ind(t, "工程验收合格率")).toMatchObject({ value: 100, unit: "%" });
    expect(t.issues.filter((i) => i.code === "value-in-unit-column").map((i) => i.location?.cell)).toEqual(["I12", "I13"]);
  });

  it.each(["g-html-table-saved-as.xls", "g-xml-spreadsheet-2003.xml", "h-project.ods"])("%s: other file formats", async (file) => {
    const [t] = await load(file);
    expect(t.kind).toBe("project");
    expect(t.indicators.length).toBeGreaterThanOrEqual(5);
    expect(t.budget?.unit).toBe("万元");
    for (const i of t.indicators) {
      expect(i.level1).toMatch(/^(产出|效益|满意度)指标$/);
      expect(i.deadlineDate?.year).toBe(2023);
    }
  });

  it("i: department and transfer tables", async () => {
    const [dept, transfer] = await load("i-department-and-transfer.xlsx");
    expect(dept).toMatchObject({ kind: "department", name: "某市人力资源和社会保障局", year: 2023, declaredUnit: "万元" });
    expect(dept.budget?.amount).toBe(5060.4);
    expect(dept.indicators).toHaveLength(8);
    expect(dept.indicators[0].nature).toBe("quantitative");
    expect(dept.indicators[0].extra).toMatchObject({ 指标解释: "年度内新增就业人数" });
    // A regional table belongs to the most local department of its chain (中央 → 省级 here).
    expect(transfer).toMatchObject({ kind: "transfer", name: "城乡义务教育补助经费", department: "某省教育厅" });
    expect(transfer.budget).toMatchObject({ amount: 86520, unit: "万元" });
    expect(transfer.budgetItems.map((b) => b.label)).toEqual(["其中：中央补助", "地方资金", "其他资金"]);
    expect(ind(transfer, "享受免费教科书学生人数")).toMatchObject({ operator: ">=", value: 182, unit: "万人" });
  });
});
