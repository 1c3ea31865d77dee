import { describe, expect, it } from "vitest";
import { budgetYuan, convertMoney, formatMoney, moneyInText, powerOfTenRatio, sameAmount, toYuan } from "../../../src/rules/utils/money.js";

describe("money", () => {
  it("parses amounts with their units out of goal texts", () => {
    const found = moneyInText("预算安排合计 12357 亿元，其中：鼓励企业融资 2270 万元，高校3亿元，拨付 10317000 元。").map((m) => [m.amount, m.unit, m.text]);
    expect(found).toEqual([
      [12357, "亿元", "12357 亿元"],
      [2270, "万元", "2270 万元"],
      [3, "亿元", "3亿元"],
      [10317000, "元", "10317000 元"],
    ]);
  });

  it("skips document numbers and counts", () => {
    expect(moneyInText("（辽政发〔2019〕19号）17所高校")).toEqual([]);
  });

  it("converts between 元, 万元 and 亿元 and compares with a tolerance", () => {
    expect(convertMoney(3, "亿元", "万元")).toBe(30000);
    expect(sameAmount(toYuan(1031.7, "万元")!, toYuan(10317000, "元")!)).toBe(true);
    expect(sameAmount(toYuan(610, "万元")!, toYuan(6100000, "元")!)).toBe(true);
    expect(toYuan(640, "元/人/年")).toBeUndefined();
    expect(powerOfTenRatio(toYuan(12357, "亿元")!, toYuan(12357, "万元")!)).toBe(4);
    expect(powerOfTenRatio(toYuan(3, "亿元")!, toYuan(30000, "万元")!)).toBe(0);
    expect(powerOfTenRatio(toYuan(2270, "万元")!, toYuan(12357, "万元")!)).toBeUndefined();
  });

  it("formats amounts in the biggest unit and reads the budget in the declared unit", () => {
    expect(formatMoney(2560512000)).toBe("25.61 亿元");
    expect(formatMoney(537040000)).toBe("5.37 亿元");
    expect(formatMoney(9000)).toBe("9000 元");
    expect(budgetYuan({ budget: { amount: 800, unit: null }, declaredUnit: "万元" })).toBe(8000000);
    expect(budgetYuan({ budget: { amount: null, unit: "万元" }, declaredUnit: null })).toBeUndefined();
  });
});
