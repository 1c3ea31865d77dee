import { describe, expect, it } from "vitest";
import stringWidth from "string-width";
import stylish, { wrap } from "../../src/report/stylish.js";
import { FILE_A, FILE_B, FILE_BAD, cleanReport, context, sampleReport } from "./sample-report.js";

// eslint-disable-next-line no-control-regex -- ESC starts an ANSI colour sequence
const ANSI = /\u001b\[[0-9;]*m/;

const mixedWords = "write a quantifiable target value or a graded standard instead".split(" ");

describe("stylish", () => {
  const out = stylish(sampleReport(), context());

  it("groups by file, then by table with its sheet and range", () => {
    const iA = out.indexOf(FILE_A);
    const iT1 = out.indexOf("融资担保补助项目");
    const iT2 = out.indexOf("省高等学校“双一流”建设");
    const iB = out.indexOf(FILE_B);
    expect(iA).toBeGreaterThanOrEqual(0);
    expect(iA).toBeLessThan(iT1);
    expect(iT1).toBeLessThan(iT2);
    expect(iT2).toBeLessThan(iB);
    expect(out).toContain("表01!A1:H20");
    expect(out).toContain("'Sheet 1'!B2:I30");
  });

  it("shows Chinese column headers and every finding's cell, severity, message and rule", () => {
    for (const h of ["单元格", "级别", "问题", "规则"]) expect(out).toContain(h);
    const row = out.split("\n").find((l) => l.includes("E14"));
    expect(row).toMatch(/E14.*错误.*担保机构满意度.*operator-direction/);
    expect(out).toMatch(/整表.*错误.*项目表缺少成本指标/);
  });

  it("never truncates Chinese text when wrapping", () => {
    const long = "指标值".repeat(40);
    const lines = wrap(long, 60);
    expect(lines.join("")).toBe(long);
    expect(lines.every((l) => [...l].length <= 30)).toBe(true);
    // Numbers and Latin words are never split across lines.
    const mixed = "成本指标“人均财政补助标准”（= 640 元/人/年）× 指标“城乡居民基本医疗保险参保补助人数”（>= 400.08 万人）≈ 25.61 亿元";
    const wrapped = wrap(mixed, 60);
    expect(wrapped.length).toBeGreaterThan(1);
    for (const token of ["640", "400.08", "25.61"]) expect(wrapped.some((l) => l.includes(token)), token).toBe(true);
    expect(wrap("write a quantifiable target value or a graded standard instead", 20).every((l) => l.split(" ").every((w) => mixedWords.includes(w)))).toBe(true);
    // Closing punctuation never starts a line, opening punctuation never ends one, and no line is wider than asked.
    const text = "指标值含糊（“消除”），无法衡量是否达成；请改为可量化的目标值，或写明分级标准。";
    for (const width of [12, 13, 17, 20, 21, 25, 60]) {
      const punct = wrap(text, width);
      expect(punct.join(""), `${width}`).toBe(text);
      expect(punct.every((l) => stringWidth(l) <= width), `${width}: ${punct.join(" | ")}`).toBe(true);
      expect(punct.slice(1).every((l) => !/^[，。；：、）”]/.test(l)), `${width}: ${punct.join(" | ")}`).toBe(true);
      expect(punct.slice(0, -1).every((l) => !/[（“]$/.test(l)), `${width}: ${punct.join(" | ")}`).toBe(true);
    }
    const messageColumn = out
      .split("\n")
      .filter((l) => l.trimStart().startsWith("│"))
      .map((l) => l.split("│")[3].trim())
      .join("");
    expect(messageColumn.replace(/\s/g, "")).toContain("指标值“<script>window.__pbmXss=1</script>&\"'”含糊，无法衡量");
  });

  it("marks an unreadable file clearly", () => {
    const line = out.split("\n").find((l) => l.includes(FILE_BAD));
    expect(line).toContain("无法读取");
    expect(out).toContain("zip 结构损坏");
  });

  it("closes with the count line and the fixable count", () => {
    expect(out).toContain("✖ 共 9 个问题（4 个错误，4 个警告，1 个提示）");
    expect(out).toContain("2 个问题可用 pbm fix 自动修复");
  });

  it("lists an unreadable file even when it carries no finding", () => {
    const r = cleanReport();
    r.files.push({ path: "预算/空.xlsx", status: "error", tables: [], findings: [] });
    expect(stylish(r, context())).toMatch(/预算\/空\.xlsx\s+✖ 无法读取/);
  });

  it("speaks English with lang en", () => {
    const en = stylish(sampleReport(), context({ lang: "en" }));
    for (const h of ["Cell", "Severity", "Problem", "Rule"]) expect(en).toContain(h);
    expect(en).toContain("✖ 9 problems (4 errors, 4 warnings, 1 info)");
    expect(en).toContain("2 problems can be fixed automatically with pbm fix");
    expect(en).toContain("cannot be read");
  });

  it("says so when clean", () => {
    expect(stylish(cleanReport(), context())).toContain("✔ 未发现问题");
    expect(stylish(cleanReport(), context({ lang: "en" }))).toContain("✔ No problems found (checked 1 file, 1 table, 10 indicators)");
  });

  it("colours only when asked", () => {
    expect(out).not.toMatch(ANSI);
    expect(stylish(sampleReport(), context({ color: true }))).toMatch(ANSI);
  });

  it("appends a per-rule count table with statistics", () => {
    const s = stylish(sampleReport(), context({ statistics: true }));
    expect(s).toContain("按规则统计");
    const row = s.split("\n").find((l) => l.includes("vague-value") && l.includes("│") && /\d\s+│\s*$/.test(l));
    expect(row?.replace(/\s+/g, "")).toBe("│vague-value│0│3│0│3│");
    expect(out).not.toContain("按规则统计");
  });
});
