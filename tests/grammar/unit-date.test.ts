import { describe, expect, it } from "vitest";
import { labelKey, moneyFactor, numbersInText, parseDateSpan, parseUnit, parseUnitTail, sameUnit, serialToIso, unitInName } from "../../src/grammar/index.js";

describe("unit lexicon", () => {
  it("knows families and scales", () => {
    expect(parseUnit("万户")).toMatchObject({ family: "household", scale: 1e4, counter: "户" });
    expect(parseUnit("公里")).toMatchObject({ family: "length", scale: 1e3 });
    expect(parseUnit("亩")).toMatchObject({ family: "area" });
    expect(parseUnit("元/人/年")).toMatchObject({ family: "money", per: ["人", "年"], canonical: "元/人/年" });
    expect(parseUnit("百分比")).toMatchObject({ family: "percent", canonical: "%" });
    expect(parseUnit("㎡")).toMatchObject({ family: "area", canonical: "平方米" });
    expect(parseUnit("人数")).toMatchObject({ family: "people", canonical: "人" });
    expect(parseUnit("个行政村")).toBeNull();
    expect(parseUnitTail("个行政村")).toMatchObject({ family: "count", counter: "个" });
    expect(parseUnit("支出规范")).toBeNull();
  });
  it("says no to words that are not units", () => {
    for (const w of ["良好", "提升", "稳步提高", "是", "合规", "95%", "2023年"]) expect(parseUnit(w)).toBeNull();
  });
  it("converts money and compares spellings", () => {
    expect(moneyFactor("万元")).toBe(1e4);
    expect(moneyFactor("亿元")).toBe(1e8);
    expect(moneyFactor("元/人")).toBeUndefined();
    expect(moneyFactor("%")).toBeUndefined();
    expect(sameUnit("％", "百分比")).toBe(true);
    expect(sameUnit("万元", "元")).toBe(false);
  });
  it("finds a unit in an indicator name's brackets, never in a placeholder", () => {
    expect(unitInName("实施营造林总面积(亩)")?.canonical).toBe("亩");
    expect(unitInName("受益人数（人）")?.canonical).toBe("人");
    expect(unitInName("苗木成活率(≥**%)")).toBeNull();
    expect(unitInName("建设项目个数(含续建)")).toBeNull();
  });
});

describe("dates and periods", () => {
  const span = (t: string, y: number | null = 2023) => parseDateSpan(t, y);
  it("reads points as precise as written", () => {
    expect(span("2023 年 12 月")).toEqual({ start: null, end: { year: 2023, month: 12, day: null }, yearless: false });
    expect(span("2023-12-31")?.end).toEqual({ year: 2023, month: 12, day: 31 });
    expect(span("20231231")?.end).toEqual({ year: 2023, month: 12, day: 31 });
    expect(span("2023年底")?.end).toEqual({ year: 2023, month: 12, day: null });
    expect(span("2024年03月")?.end).toEqual({ year: 2024, month: 3, day: null });
  });
  it("takes the year from the table when the text has none", () => {
    expect(span("12月底")).toMatchObject({ end: { year: 2023, month: 12 }, yearless: true });
    expect(span("年底")).toMatchObject({ end: { year: 2023, month: 12 }, yearless: true });
    expect(span("12月底", null)).toBeNull();
    expect(span("当年12月")).toMatchObject({ end: { year: 2023, month: 12 }, yearless: true });
    expect(span("本年度12月底")).toMatchObject({ end: { year: 2023, month: 12 }, yearless: true });
    expect(span("次年3月")).toMatchObject({ end: { year: 2024, month: 3 }, yearless: true });
  });
  it("reads a written year before a part of it", () => {
    expect(span("2023年全年")).toEqual({ start: null, end: { year: 2023, month: 12, day: null }, yearless: false });
    expect(span("2023年第四季度")?.end).toEqual({ year: 2023, month: 12, day: null });
    expect(span("2023年二季度")?.end).toEqual({ year: 2023, month: 6, day: null });
    expect(span("2023年上半年")?.end).toEqual({ year: 2023, month: 6, day: null });
    expect(span("2023年12月")?.end).toEqual({ year: 2023, month: 12, day: null });
  });
  it("reads periods to their end", () => {
    expect(span("2023.07-2024.01")).toMatchObject({ start: { year: 2023, month: 7 }, end: { year: 2024, month: 1 } });
    expect(span("2023年1月至12月")).toMatchObject({ start: { year: 2023, month: 1 }, end: { year: 2023, month: 12 } });
    expect(span("202001-202012")).toMatchObject({ end: { year: 2020, month: 12 } });
    expect(span("2022年3月-2023年11月")).toMatchObject({ end: { year: 2023, month: 11 } });
  });
  it("says no to what is not a date", () => {
    for (const t of ["按月发放", "及时", "在项目计划完成时间内完成", "每月", "100%"]) expect(span(t)).toBeNull();
  });
  it("converts serial dates in both Excel calendars", () => {
    expect(serialToIso(45291)).toBe("2023-12-31");
    expect(serialToIso(45291 - 1462, true)).toBe("2023-12-31");
  });
});

describe("numbers in prose and label keys", () => {
  it("finds quantities with their units and skips document numbers", () => {
    const m = numbersInText("全面完成 2023 年 855 个老旧小区改造，合计 12357 亿元，辽政发〔2019〕19号");
    expect(m.map((x) => [x.value, x.unit])).toEqual([
      [2023, "年"],
      [855, "个"],
      [12357, "亿元"],
    ]);
  });
  it("folds labels: traditional characters, pinyin, marks, width", () => {
    expect(labelKey("績(jī)效指標(biāo)")).toBe("绩效指标");
    expect(labelKey("一*级项目名称")).toBe("一级项目名称");
    expect(labelKey(" 三级指标内容：")).toBe("三级指标内容");
    expect(labelKey("指标值（年度）")).toBe("指标值(年度)");
  });
});
