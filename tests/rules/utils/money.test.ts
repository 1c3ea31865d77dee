import { describe, expect, it } from "vitest";
import { formatMoney, powerOfTenRatio, sameAmount, trimNumber } from "../../../src/rules/utils/money.js";

describe("money in messages and comparisons", () => {
  it("compares amounts in 元 with a tolerance, float-safe", () => {
    expect(sameAmount(1031.7 * 1e4, 10317000)).toBe(true);
    expect(sameAmount(610 * 1e4, 6100000)).toBe(true);
    expect(sameAmount(800, 801)).toBe(false);
  });
  it("tells a unit slip (a whole power of ten) from a different amount", () => {
    expect(powerOfTenRatio(12357 * 1e8, 12357 * 1e4)).toBe(4);
    expect(powerOfTenRatio(3 * 1e8, 30000 * 1e4)).toBe(0);
    expect(powerOfTenRatio(2270 * 1e4, 12357 * 1e4)).toBeUndefined();
    expect(powerOfTenRatio(0, 5)).toBeUndefined();
  });
  it("prints an amount in the biggest unit that keeps it at least 1", () => {
    expect(formatMoney(2560512000)).toBe("25.61 亿元");
    expect(formatMoney(3815000)).toBe("381.5 万元");
    expect(formatMoney(931)).toBe("931 元");
    expect(trimNumber(1.23456)).toBe("1.23");
  });
});
