import { describe, expect, it } from "vitest";
import { parseValue, parseValueCell } from "../../src/grammar/index.js";

/** [text, kind, operator, number or [min, max], unit as written, unit family] */
type Case = [string, string, string | null, number | [number, number] | null, string | null, string | null];

const CASES: Case[] = [
  ["≥95%", "number", ">=", 95, "%", "percent"],
  ["95%以上", "number", ">=", 95, "%", "percent"],
  ["不低于90%", "number", ">=", 90, "%", "percent"],
  ["大于等于 90 %", "number", ">=", 90, "%", "percent"],
  ["＝100百分比", "number", "=", 100, "百分比", "percent"],
  ["=300天", "number", "=", 300, "天", "time"],
  ["≦380万", "number", "<=", 380, "万", "magnitude"],
  ["1,234.5万元", "number", null, 1234.5, "万元", "money"],
  ["≥70村", "number", ">=", 70, "村", "place"],
  ["1130元/月/人", "number", null, 1130, "元/月/人", "money"],
  [">=101人/次", "number", ">=", 101, "人/次", "people"],
  ["6500平方米以上", "number", ">=", 6500, "平方米", "area"],
  ["3天以内", "number", "<=", 3, "天", "time"],
  ["≧95%", "number", ">=", 95, "%", "percent"],
  [">95%", "number", ">", 95, "%", "percent"],
  ["＜＝10次", "number", "<=", 10, "次", "count"],
  ["375万平方米", "number", null, 375, "万平方米", "area"],
  ["三个", "number", null, 3, "个", "count"],
  ["十二个月", "number", null, 12, "个月", "time"],
  ["≥3个乡镇", "number", ">=", 3, "个乡镇", "count"],
  ["100", "number", null, 100, null, null],
  ["0", "number", null, 0, null, null],
  ["90-95%", "range", null, [90, 95], "%", "percent"],
  ["5500平方米-6500平方米", "range", null, [5500, 6500], "平方米", "area"],
  ["15%-20%", "range", null, [15, 20], "%", "percent"],
  ["公里", "unit-only", null, null, "公里", "length"],
  ["≧ %", "unit-only", ">=", null, "%", "percent"],
  ["≥", "operator-only", ">=", null, null, null],
  ["≥**%", "placeholder", ">=", null, null, null],
  ["XX", "placeholder", null, null, null, null],
  ["稳步提高", "text", null, null, null, null],
  ["是", "text", null, null, null, null],
  ["达到预期", "text", null, null, null, null],
  ["达100%", "number", ">=", 100, "%", "percent"],
  ["达标", "text", null, null, null, null],
  ["≥3个（含）", "number", ">=", 3, "个", "count"],
  ["≥95%(含)", "number", ">=", 95, "%", "percent"],
  ["3个(含)", "text", null, null, null, null],
  ["不超預(yù)算", "text", null, null, null, null],
  ["2023年12月", "text", null, null, null, null],
  ["202001-202012", "text", null, null, null, null],
  ["二100百分比", "text", null, null, null, null],
  ["100%完成", "text", null, null, null, null],
  ["一流", "text", null, null, null, null],
  ["建筑面积2.6万平方米,展示面积1万平方米", "text", null, null, null, null],
];

describe("parseValue: one grammar for every target cell", () => {
  it.each(CASES)("%s → %s %s %s %s", (text, kind, operator, number, unit, family) => {
    const p = parseValue(text);
    expect(p.kind).toBe(kind);
    expect(p.operator).toBe(operator);
    if (Array.isArray(number)) expect(p.range).toEqual({ min: number[0], max: number[1] });
    else expect(p.number).toBe(number);
    expect(p.unit).toBe(unit);
    expect(p.unitInfo?.family ?? null).toBe(family);
  });

  it("keeps what was written: the operator spelling, the text, pinyin-free reading", () => {
    expect(parseValue("不低于90%").operatorRaw).toBe("不低于");
    expect(parseValue("95%以上").operatorRaw).toBe("以上");
    expect(parseValue("稳步提高").text).toBe("稳步提高");
    const mirrored = parseValue("60萬(wàn)度");
    expect(mirrored).toMatchObject({ kind: "number", number: 60, raw: "60萬(wàn)度" });
    expect(mirrored.unitInfo).toMatchObject({ family: "energy", scale: 1e4 });
  });

  it("marks approximate targets", () => {
    expect(parseValue("约500人")).toMatchObject({ kind: "number", number: 500, approximate: true, operator: null });
    expect(parseValue("30天左右")).toMatchObject({ kind: "number", number: 30, approximate: true });
  });

  it("reads cells: percent-formatted fractions, numbers shown with a unit, booleans", () => {
    expect(parseValueCell({ t: "n", v: 0.95, z: "0%", w: "95%" }, "95%")).toMatchObject({ kind: "number", number: 95, unit: "%" });
    expect(parseValueCell({ t: "n", v: 95, z: '"≥"0', w: "≥95" }, "≥95")).toMatchObject({ number: 95, operator: ">=" });
    expect(parseValueCell({ t: "n", v: 12357 }, "12357")).toMatchObject({ kind: "number", number: 12357, unit: null });
    expect(parseValueCell({ t: "b", v: true }, "TRUE")).toMatchObject({ kind: "text", text: "是" });
  });

  it("never throws on odd input", () => {
    for (const s of ["", " ", "%%%", "≥≥≥", "--", "1-", "-1", "1..2", "¥", "\u0000", "9".repeat(400)]) expect(() => parseValue(s)).not.toThrow();
  });
});

describe("numbers that look like years", () => {
  it("reads amounts as amounts and year-months as dates", () => {
    expect(parseValue("1900.01")).toMatchObject({ kind: "number", number: 1900.01 });
    expect(parseValue("2023.45")).toMatchObject({ kind: "number", number: 2023.45 });
    expect(parseValue("2023")).toMatchObject({ kind: "number", number: 2023 });
    expect(parseValue("2023.12")).toMatchObject({ kind: "text" });
    expect(parseValue("2023-12-31")).toMatchObject({ kind: "text" });
  });
});
