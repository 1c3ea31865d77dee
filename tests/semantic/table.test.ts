/** The table's context: blocks (with 二级 columns that hold 一级 names), budget, year, period, goals, rows that are not indicators. */
import { describe, expect, it } from "vitest";
import { analyzeTable } from "../../src/semantic/index.js";
import { corpusTable, project, readTables, seedTable } from "../helpers/tsv.js";

describe("the effective block", () => {
  it("takes 一级 names from the 二级 column under a grouping label (corpus 13: 实施效果指标 › 产出指标)", () => {
    const facts = analyzeTable(corpusTable("13"));
    expect(facts.indicators.map((f) => [f.block.level1, f.block.level1From])).toEqual([
      ["output", "level2"],
      ["output", "level2"],
      ["output", "level2"],
      ["benefit", "level2"],
      ["benefit", "level2"],
    ]);
    expect(facts.indicators.every((f) => f.block.level1Nonstandard === null)).toBe(true);
  });
  it("reads 满意度 as a 二级 under 效益 (corpus 01) and 成效指标 as 效益, reported as non-standard", () => {
    const sat = analyzeTable(corpusTable("01")).indicators.find((f) => f.satisfaction)!;
    expect(sat.block).toMatchObject({ level1: "benefit", level2: "satisfaction" });
    const [f] = analyzeTable(project({}, [["成效指標", "", "使用率", "", "80%以上", "", ""]])).indicators;
    expect(f.block).toMatchObject({ level1: "benefit", level1Nonstandard: "成效指標" });
  });
  it("infers the 一级 from the 二级, strips template notes, keeps 88号 cost under 产出", () => {
    const facts = analyzeTable(corpusTable("25")).indicators;
    expect(facts[0].block).toMatchObject({ level1: "output", level2: "quantity" });
    const seed = analyzeTable(seedTable("融资担保补助项目")).indicators.find((f) => f.indicator.name === "担保补助资金")!;
    expect(seed.block).toMatchObject({ level1: "output", level2: "cost" });
  });
});

describe("the table's context", () => {
  it("budget in 元, year, and the settings' year first", () => {
    const t = seedTable("融资担保补助项目");
    expect(analyzeTable(t).budget).toMatchObject({ amount: 800, unit: "万元", yuan: 8e6, text: "800 万元" });
    expect(analyzeTable(t).year).toBe(2023);
    expect(analyzeTable(t, { budgetYear: 2024 }).year).toBe(2024);
  });
  it("reads the implementation period from 项目期 and 项目起止时间", () => {
    expect(analyzeTable(corpusTable("25")).period).toMatchObject({ label: "项目期", start: { year: 2022, month: 3 }, end: { year: 2023, month: 11 } });
    expect(analyzeTable(corpusTable("02")).period).toMatchObject({ start: { year: 2020, month: 1 }, end: { year: 2020, month: 12 } });
    // 开始日期 / 结束日期 (corpus 07) once the reader keeps those header fields; 项目期 and 项目起止时间 today.
  });
  it("keeps the annual goal apart from a multi-year one", () => {
    const facts = analyzeTable(corpusTable("02"));
    expect(facts.goals.map((g) => [g.label, g.annual])).toEqual([
      ["中期目标", false],
      ["年度目标", true],
    ]);
  });
});

describe("rows that are not indicators", () => {
  const header = "部门预算项目（政策）绩效目标表\n2023 年\n项目(政策)名称\t测试\n预算资金情况\t100\n绩效指标\t一级指标\t二级指标\t三级指标\t运算符号\t指标值\t度量单位\n";
  it("the reader stops at a signature line or a note; one that still reaches the records is left out", () => {
    const text = `${header}\t产出指标\t数量指标\t培训人数\t>=\t200\t人\n\t\t\t填表人：王某\t>=\t1\t个\n\t\t\t培训场次\t>=\t4\t场\n`;
    expect(readTables(text)[0].indicators.map((i) => i.name)).toEqual(["培训人数"]);
    const t = readTables(`${header}\t产出指标\t数量指标\t培训人数\t>=\t200\t人\n\t\t\t培训场次\t>=\t4\t场\n\t\t\t培训天数\t>=\t4\t天\n`)[0];
    t.indicators[1] = { ...t.indicators[1], name: "填表人：王某" };
    t.indicators[2] = { ...t.indicators[2], name: "注：以批复的绩效目标为准" };
    const facts = analyzeTable(t);
    expect(facts.indicators.map((f) => f.indicator.name)).toEqual(["培训人数"]);
    expect(facts.skipped.map((s) => [s.indicator.name, s.reason])).toEqual([
      ["填表人：王某", "signature"],
      ["注：以批复的绩效目标为准", "note"],
    ]);
    expect(facts.of(facts.skipped[0].indicator)).toBeUndefined();
  });
  it("leaves out a row whose name is a bare number, or that holds nothing but one", () => {
    const t = readTables(`${header}\t产出指标\t数量指标\t培训人数\t>=\t200\t人\n\t\t\t培训场次\t>=\t4\t场\n`)[0];
    t.indicators[1] = { ...t.indicators[1], name: "0" };
    t.indicators.push({ ...t.indicators[0], name: "", level1Raw: null, level2Raw: null, operatorRaw: null, unit: null, valueRaw: "0", value: 0 });
    expect(analyzeTable(t).skipped.map((s) => s.reason)).toEqual(["number-only", "number-only"]);
  });
});
