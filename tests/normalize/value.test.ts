/** The value grammar as the normalizer uses it: operator, number or text, unit — table tests and properties. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPERATORS } from "../../src/model/records.js";
import type { ParsedValue } from "../../src/model/value.js";
import { isUnit, parseOperatorCell, parseValue as grammarValue, parseValueCell as grammarCell } from "../../src/grammar/index.js";
import { parseDeadline } from "../../src/normalize/deadline.js";

/** What a record keeps of a parsed value: the number, or the text; null when there is neither. */
function record(p: ParsedValue) {
  const value = p.kind === "number" ? p.number : p.kind === "text" || p.kind === "placeholder" || p.kind === "range" ? (p.text ?? p.raw) : null;
  return { operator: p.operator, operatorRaw: p.operatorRaw, value, unit: p.unit };
}
const parseValue = (t: string) => record(grammarValue(t));
const parseValueCell = (...a: Parameters<typeof grammarCell>) => record(grammarCell(...a));

describe("parseValue", () => {
  it.each([
    ["≥95%", ">=", "≥", 95, "%"],
    ["95%以上", ">=", "以上", 95, "%"],
    ["不低于90%", ">=", "不低于", 90, "%"],
    ["≦380万", "<=", "≦", 380, "万"],
    ["<=100", "<=", "<=", 100, null],
    ["=>5", ">=", "=>", 5, null],
    ["＞ 3 天", ">", "＞", 3, "天"],
    ["≧１０个", ">=", "≧", 10, "个"],
    ["＝100％", "=", "＝", 100, "％"],
    ["≤65万元", "<=", "≤", 65, "万元"],
    ["250万", null, null, 250, "万"],
    ["20万元", null, null, 20, "万元"],
    ["80M", null, null, 80, "M"],
    ["≥18000人", ">=", "≥", 18000, "人"],
    ["1,234,567.5元", null, null, 1234567.5, "元"],
    ["640元/人/年", null, null, 640, "元/人/年"],
    ["3个工作日以内", "<=", "以内", 3, "个工作日"],
    ["15个工作日内", "<=", "内", 15, "个工作日"],
    ["达到95%", ">=", "达到", 95, "%"],
    ["未超过5天", "<=", "未超过", 5, "天"],
    ["达到预期效果", null, null, "达到预期效果", null],
    ["不足之处及时整改", null, null, "不足之处及时整改", null],
    ["≥良好", ">=", "≥", "良好", null],
    ["良好", null, null, "良好", null],
    ["2023年12月", null, null, "2023年12月", null],
    ["12月底", null, null, "12月底", null],
    ["=", "=", "=", null, null],
    ["", null, null, null, null],
    ["  ", null, null, null, null],
  ])("%s", (text, operator, operatorRaw, value, unit) => {
    expect(parseValue(text)).toEqual({ operator, operatorRaw, value, unit });
  });

  it("never throws and always yields one of the five operators or null", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const p = parseValue(s);
        return (
          (p.operator === null || (OPERATORS as readonly string[]).includes(p.operator)) &&
          p.operator === null === (p.operatorRaw === null) &&
          (p.value === null || typeof p.value === "number" || typeof p.value === "string")
        );
      }),
      { numRuns: 2000 },
    );
  });

  const SYMBOLS: [string, string][] = [
    [">=", ">="],
    ["≥", ">="],
    ["≧", ">="],
    ["不低于", ">="],
    ["<=", "<="],
    ["≤", "<="],
    ["≦", "<="],
    ["不超过", "<="],
    ["=", "="],
    ["＝", "="],
    [">", ">"],
    ["＞", ">"],
    ["<", "<"],
  ];
  const UNITS = ["%", "个", "人", "人次", "次", "万元", "元", "亿元", "天", "小时", "平方米", "公里", "吨", "元/人", "户", "家"];

  it("round-trips operator, number and unit", () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...SYMBOLS), { nil: undefined }),
        fc.double({ min: 0, max: 1e9, noNaN: true }).map((n) => Math.round(n * 100) / 100),
        fc.option(fc.constantFrom(...UNITS), { nil: undefined }),
        fc.boolean(),
        (sym, n, unit, thousands) => {
          const num = thousands ? n.toLocaleString("en-US", { maximumFractionDigits: 2 }) : String(n);
          const p = parseValue(`${sym?.[0] ?? ""}${num}${unit ?? ""}`);
          expect(p).toEqual({ operator: sym?.[1] ?? null, operatorRaw: sym?.[0] ?? null, value: n, unit: unit ?? null });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("cells and columns", () => {
  it("reads percent formats, displayed text and booleans", () => {
    expect(parseValueCell({ v: 0.95, t: "n", z: "0%" }, "0.95")).toMatchObject({ value: 95, unit: "%" });
    expect(parseValueCell({ v: 0.075, t: "n", z: "0.0%" }, "")).toMatchObject({ value: 7.5, unit: "%" });
    expect(parseValueCell({ v: 95, t: "n", w: "≥95" }, "≥95")).toMatchObject({ operator: ">=", value: 95 });
    expect(parseValueCell({ v: 12, t: "n" }, "12")).toMatchObject({ operator: null, value: 12, unit: null });
    expect(parseValueCell({ v: true, t: "b" }, "TRUE")).toMatchObject({ value: "是" });
  });

  it("reads operator columns, keeping what was written", () => {
    expect(parseOperatorCell("≥")).toEqual({ operator: ">=", operatorRaw: "≥", nature: null });
    expect(parseOperatorCell("＝")).toEqual({ operator: "=", operatorRaw: "＝", nature: null });
    expect(parseOperatorCell("大于等于")).toEqual({ operator: ">=", operatorRaw: "大于等于", nature: null });
    expect(parseOperatorCell("=<")).toEqual({ operator: "<=", operatorRaw: "=<", nature: null });
    expect(parseOperatorCell("定性")).toEqual({ operator: null, operatorRaw: "定性", nature: "qualitative" });
    expect(parseOperatorCell(" ")).toEqual({ operator: null, operatorRaw: null, nature: null });
  });
});

describe("parseDeadline", () => {
  it.each([
    ["2023 年 12 月", 2023, 12, null],
    ["2023年12月31日", 2023, 12, 31],
    ["2023-12-31", 2023, 12, 31],
    ["2023.12", 2023, 12, null],
    ["2023/6/30", 2023, 6, 30],
    ["2024 年 03 月", 2024, 3, null],
    ["12月底", 2023, 12, null],
    ["6月30日前", 2023, 6, 30],
    ["年底", 2023, 12, null],
    ["2023.07-2024.01", 2024, 1, null],
    ["2023年1月至2023年12月", 2023, 12, null],
    ["2020-2023", 2023, null, null],
    ["2023年3月-11月", 2023, 11, null],
  ])("%s", (text, year, month, day) => {
    expect(parseDeadline(text, 2023)).toEqual({ year, month, day });
  });

  it("returns null for what is not a date", () => {
    for (const t of ["尽快", "", "2023-13", "12月底"]) expect(parseDeadline(t, t === "12月底" ? null : 2023)).toBeNull();
  });
});

describe("units", () => {
  it("tells units from qualitative values", async () => {
    const isUnitLike = isUnit;
    for (const u of ["%", "万元", "元/人/年", "万平方米", "次数", "批次", "台（套）", "m³", "kWh", "个工作日", "学时", "分钟", "个百分点", "微克/立方米"]) expect(isUnitLike(u), u).toBe(true);
    for (const v of ["良好", "足额保障", "促进发展", "合格", "是", "明显提升", "2023年10月", "及时", "12"]) expect(isUnitLike(v), v).toBe(false);
  });
});
