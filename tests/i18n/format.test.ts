import { describe, expect, it } from "vitest";
import { format } from "../../src/i18n/format.js";

describe("format", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("“{indicator}”的值 {value} 不在 {year} 年内", { indicator: "满意度", value: 95, year: 2023 })).toBe("“满意度”的值 95 不在 2023 年内");
    expect(format("{a} and {missing}", { a: "x" })).toBe("x and {missing}");
    expect(format("no placeholders")).toBe("no placeholders");
    expect(format("{a}{a}", { a: 1 })).toBe("11");
  });

  it("does not read a value's own braces as a placeholder", () => {
    expect(format("值“{value}”", { value: "{year}", year: 2023 })).toBe("值“{year}”");
  });

  it("drops a bracketed empty value with its brackets and shows a quoted one as blank, quotes replaced", () => {
    expect(format("文件已损坏（{reason}）", { reason: "" })).toBe("文件已损坏");
    expect(format("file is damaged ({reason})", { reason: " " })).toBe("file is damaged");
    expect(format("指标“{name}”缺少值", { name: "" })).toBe("指标（空白）缺少值");
    expect(format("indicator “{name}” has no value", { name: "" })).toBe("indicator (blank) has no value");
    expect(format("指标“{name}”（{reason}）：{n}", { name: "", reason: "", n: 0 })).toBe("指标（空白）：0");
  });

  it("keeps brackets and quotes around a value that is there", () => {
    expect(format("文件已损坏（{reason}）", { reason: "zip" })).toBe("文件已损坏（zip）");
    expect(format("指标“{name}”", { name: "满意度" })).toBe("指标“满意度”");
  });
});
