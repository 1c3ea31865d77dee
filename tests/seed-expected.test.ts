/**
 * The team's scoreboard: the seed text and each of its twins, validated with the strict preset,
 * must yield every `must` item of fixtures/seed/expected.json and violate no `ok` item.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateFiles } from "../src/api/validate-files.js";
import { resolveConfig } from "../src/config/resolve.js";
import type { Finding } from "../src/model/finding.js";
import { SEED_TEXT, SEED_TWINS, describeScore, loadExpected, matches, score } from "./helpers/expected.js";

const config = resolveConfig({ extends: ["strict"] });

describe("seed expectations (strict preset)", () => {
  it("the expectations file is there", () => {
    expect(loadExpected().must.length).toBeGreaterThan(0);
  });
  for (const file of [SEED_TEXT, ...SEED_TWINS]) {
    const label = path.basename(file);
    it(`${label}: every must item found, no ok item violated`, { timeout: 120_000 }, async () => {
      expect(existsSync(file), `${file} is missing (twins: npx tsx scripts/make-fixtures.ts)`).toBe(true);
      const report = await validateFiles([file], { config, lang: "zh" });
      expect(report.files[0].status, report.files[0].findings[0]?.message).not.toBe("error");
      const s = score(report);
      const text = describeScore(label, s);
      console.log(text);
      expect(s.missing.length === 0 && s.violations.length === 0, text).toBe(true);
    });
  }
});

describe("scoreboard matching rules (seed README)", () => {
  const f = (over: Partial<Finding>): Finding => ({
    ruleId: "vague-value",
    category: "measurability",
    severity: "warning",
    messageId: "m",
    message: "缺少成本指标",
    data: {},
    table: "省高等学校“双一流”建设",
    indicator: null,
    location: { sheet: "Sheet1", row: 1, cell: "A1" },
    ...over,
  });
  it("normalizes table names (NFKC, no white space) and matches indicator string / list / null / *", () => {
    const item = { table: "省高等学校“双一流” 建设", indicator: null, categories: ["measurability"] };
    expect(matches(item, f({ table: "省高等学校“双一流”建设" }))).toBe(true);
    expect(matches(item, f({ indicator: "持续改善办学条件" }))).toBe(false);
    expect(matches({ ...item, indicator: "持续改善办学条件" }, f({ indicator: "持续改善办学条件" }))).toBe(true);
    expect(matches({ ...item, indicator: ["a", "持续改善办学条件"] }, f({ indicator: "持续改善办学条件" }))).toBe(true);
    expect(matches({ ...item, indicator: "*" }, f({ indicator: "x" }))).toBe(true);
    expect(matches({ ...item, table: "*" }, f({ table: "别的表" }))).toBe(true);
    expect(matches(item, f({ table: "别的表" }))).toBe(false);
  });
  it("requires a listed category and, with hints, a hint in the message or rule id", () => {
    const item = { table: "省高等学校“双一流”建设", indicator: null, categories: ["structure"], hint: ["成本", "cost"] };
    expect(matches(item, f({}))).toBe(false);
    expect(matches(item, f({ category: "structure" }))).toBe(true);
    expect(matches(item, f({ category: "structure", message: "缺少效益指标" }))).toBe(false);
    expect(matches(item, f({ category: "structure", message: "x", ruleId: "missing-cost-indicator" }))).toBe(true);
  });
  it("an empty report finds no must item and violates no ok item", () => {
    const s = score({ files: [], summary: { files: 0, tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 } });
    expect(s.mustFound).toBe(0);
    expect(s.missing.length).toBe(s.mustTotal);
    expect(s.violations).toEqual([]);
  });
});
