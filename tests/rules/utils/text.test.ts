import { describe, expect, it } from "vitest";
import { normalizeName, numbersInText, sameUnit, unitInValue } from "../../../src/rules/utils/text.js";
import { parseDeadlineText } from "../../../src/rules/utils/dates.js";

describe("text", () => {
  it("normalizes names: NFKC, no white space or punctuation", () => {
    expect(normalizeName("奖励企业数 ")).toBe("奖励企业数");
    expect(normalizeName("提升群众放心消费农产品意识，消除消费恐慌。")).toBe("提升群众放心消费农产品意识消除消费恐慌");
    expect(normalizeName("ＡＢＣ　１２")).toBe("abc12");
  });

  it("finds numbers with their units", () => {
    expect(numbersInText("全面完成 2023 年 855 个老旧小区改造工程").map((n) => [n.value, n.unit])).toEqual([
      [2023, "年"],
      [855, "个"],
    ]);
    expect(numbersInText("等17所“双一流”建设高校3亿元").map((n) => [n.value, n.unit])).toEqual([
      [17, "所"],
      [3, "亿元"],
    ]);
    expect(numbersInText("建成高标准农田 10 万亩，新增 0.5 千吨").map((n) => [n.value, n.unit])).toEqual([
      [10, "万亩"],
      [0.5, "千吨"],
    ]);
    expect(numbersInText("1,200 万平方米").map((n) => [n.value, n.unit])).toEqual([[1200, "万平方米"]]);
  });

  it("reads the unit written inside a value and folds percent spellings", () => {
    expect(unitInValue("100%")).toBe("%");
    expect(unitInValue("28.8万元")).toBe("万元");
    expect(unitInValue("95%以上")).toBe("%");
    expect(unitInValue("40.87")).toBeNull();
    expect(sameUnit("％", "%")).toBe(true);
    expect(sameUnit("百分比", "%")).toBe(true);
    expect(sameUnit("个", "家")).toBe(false);
  });

  it("parses deadline texts the normalizer may leave", () => {
    expect(parseDeadlineText("2023 年 12 月", 2023)).toEqual({ year: 2023, month: 12, day: null });
    expect(parseDeadlineText("2023年底", 2023)).toEqual({ year: 2023, month: 12, day: null });
    expect(parseDeadlineText("2024.03", 2023)).toEqual({ year: 2024, month: 3, day: null });
    expect(parseDeadlineText("12月底", 2023)).toMatchObject({ year: 2023, month: 12, yearless: true });
    expect(parseDeadlineText("按时", 2023)).toBeNull();
    expect(parseDeadlineText("2023.07-2024.01", 2023)).toEqual({ year: 2024, month: 1, day: null });
    expect(parseDeadlineText("2023年7月至2023年11月", 2023)).toEqual({ year: 2023, month: 11, day: null });
    expect(parseDeadlineText("20231231", 2023)).toEqual({ year: 2023, month: 12, day: 31 });
  });
});
