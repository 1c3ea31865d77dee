import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConfigError, configForFile, resolveConfig } from "../../src/config/resolve.js";
import { findConfigFile, loadConfig } from "../../src/config/load.js";
import { globMatcher } from "../../src/config/glob-match.js";
import { closest } from "../../src/config/suggest.js";
import { defineRule, type RuleModule } from "../../src/model/finding.js";

const rule = (id: string, severity: "error" | "warning" | "info", recommended: boolean, options?: z.ZodType) =>
  defineRule({
    id,
    meta: {
      name: { zh: id, en: id },
      category: "threshold",
      severity,
      recommended,
      docs: { summary: { zh: id, en: id } },
      messages: { m: { zh: "x", en: "x" } },
      ...(options ? { options: () => options } : {}),
    },
    *check() {},
  }) as unknown as RuleModule<string, unknown>;

const CATALOGUE = [
  rule("satisfaction-floor", "warning", true, z.object({ floor: z.number().min(0).max(100).default(80), words: z.array(z.string()).default(["满意"]) }).strict()),
  rule("vague-value", "error", true),
  rule("unit-cost-vs-budget", "info", false),
];
const resolve = (raw: unknown, opts = {}) => resolveConfig(raw, { catalogue: CATALOGUE, path: "/p/pbm.config.json", ...opts });
const errorOf = (fn: () => unknown): ConfigError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("no ConfigError thrown");
};

describe("presets", () => {
  it("recommended by default: recommended rules at their default severity, others off", () => {
    const c = resolve({});
    expect(c.rules["satisfaction-floor"]).toEqual({ severity: "warning", options: { floor: 80, words: ["满意"] } });
    expect(c.rules["vague-value"].severity).toBe("error");
    expect(c.rules["unit-cost-vs-budget"].severity).toBe("off");
  });
  it("strict: every rule, at least warning", () => {
    const c = resolve({ extends: ["strict"] });
    expect(Object.values(c.rules).map((r) => r.severity)).toEqual(["warning", "error", "warning"]);
  });
  it("an empty extends list enables only the listed rules", () => {
    const c = resolve({ extends: [], rules: { "vague-value": "warning" } });
    expect(Object.fromEntries(Object.entries(c.rules).map(([k, v]) => [k, v.severity]))).toEqual({
      "satisfaction-floor": "off",
      "vague-value": "warning",
      "unit-cost-vs-budget": "off",
    });
  });
});

describe("rules, options, settings", () => {
  it("a severity alone keeps the default options; options merge over defaults", () => {
    const c = resolve({ rules: { "satisfaction-floor": ["error", { floor: 90 }], "vague-value": "off" }, settings: { budgetYear: 2023 } });
    expect(c.rules["satisfaction-floor"]).toEqual({ severity: "error", options: { floor: 90, words: ["满意"] } });
    expect(c.rules["vague-value"].severity).toBe("off");
    expect(c.settings.budgetYear).toBe(2023);
  });
  it("CLI --rule and --budget-year win over the file", () => {
    const c = configForFile(resolve({ rules: { "vague-value": "error" } }, { cliRules: { "vague-value": "info" }, budgetYear: 2024 }), "/p/a.xlsx");
    expect(c.rules["vague-value"].severity).toBe("info");
    expect(c.settings.budgetYear).toBe(2024);
  });
  it("a bad --rule flag is reported as the flag, not as the config file", () => {
    const e = errorOf(() => resolve({}, { cliRules: { "vage-value": "error" } }));
    expect(e.localized("en")).toBe("Invalid --rule: --rule vage-value: there is no rule named vage-value (did you mean vague-value?)");
    expect(e.localized("zh")).toContain("--rule 参数有误");
  });
  it("an unknown rule id names it and suggests the closest id", () => {
    const e = errorOf(() => resolve({ rules: { "satisfaction-flor": "error" } }));
    expect(e.localized("zh")).toContain("rules.satisfaction-flor");
    expect(e.localized("zh")).toContain("satisfaction-floor");
    expect(e.localized("en")).toContain("did you mean satisfaction-floor");
  });
  it("an invalid field names its path, in zh and en", () => {
    const e = errorOf(() => resolve({ settings: { budgetYear: "2023" } }));
    expect(e.localized("zh")).toMatch(/settings\.budgetYear：.*数字/);
    expect(e.localized("en")).toContain("settings.budgetYear: Invalid input: expected number");
    expect(errorOf(() => resolve({ rules: { "vague-value": "loud" } })).localized("en")).toContain("rules.vague-value");
    expect(errorOf(() => resolve({ extend: ["strict"] })).localized("en")).toContain("extend");
    expect(errorOf(() => resolve({ extends: ["lax"] })).localized("en")).toContain("extends[0]");
  });
  it("invalid rule options name the rule and the option", () => {
    const e = errorOf(() => resolve({ rules: { "satisfaction-floor": ["warning", { floor: 120 }] } }));
    expect(e.localized("en")).toContain("satisfaction-floor");
    expect(e.localized("en")).toContain("option floor");
    const unknownOption = errorOf(() => resolve({ rules: { "satisfaction-floor": ["warning", { flor: 1 }] } }));
    expect(unknownOption.localized("zh")).toContain("flor");
    expect(errorOf(() => resolve({ rules: { "vague-value": ["warning", { a: 1 }] } })).localized("zh")).toContain("没有选项");
  });
});

describe("overrides by glob", () => {
  const c = resolve({
    rules: { "vague-value": "error" },
    overrides: [
      { files: ["教育局/**"], rules: { "vague-value": "off" } },
      { files: ["*.csv"], rules: { "satisfaction-floor": ["error", { floor: 95 }] } },
    ],
  });
  it("applies matching overrides in order, relative to the config folder", () => {
    expect(configForFile(c, "/p/教育局/2023/项目.xlsx").rules["vague-value"].severity).toBe("off");
    expect(configForFile(c, "/p/财政局/项目.xlsx").rules["vague-value"].severity).toBe("error");
    const csv = configForFile(c, "/p/deep/a.csv");
    expect(csv.rules["satisfaction-floor"]).toEqual({ severity: "error", options: { floor: 95, words: ["满意"] } });
    expect(csv.overrides).toEqual([]);
  });
  it("a later severity-only entry (--rule) keeps the options an override set", () => {
    const withCli = resolve(
      { overrides: [{ files: ["*.csv"], rules: { "satisfaction-floor": ["warning", { floor: 95 }] } }] },
      { cliRules: { "satisfaction-floor": "error" } },
    );
    expect(configForFile(withCli, "/p/a.csv").rules["satisfaction-floor"]).toEqual({ severity: "error", options: { floor: 95, words: ["满意"] } });
    expect(configForFile(withCli, "/p/a.xlsx").rules["satisfaction-floor"]).toEqual({ severity: "error", options: { floor: 80, words: ["满意"] } });
  });
  it("validates rule ids inside overrides too", () => {
    expect(errorOf(() => resolve({ overrides: [{ files: ["*"], rules: { nope: "off" } }] })).localized("en")).toContain("overrides[0].rules.nope");
  });
});

describe("glob matching", () => {
  it.each([
    ["a/b/教育局.xlsx", "**/教育*.xlsx", true],
    ["x.xlsx", "*.xlsx", true],
    ["dir/x.xlsx", "*.xlsx", true],
    ["dir/x.xlsx", "/x.xlsx", false],
    ["archive/2022/a.xls", "archive/", true],
    ["a.csv", "*.{xls,xlsx}", false],
    ["a.xls", "*.{xls,xlsx}", true],
    ["b1.txt", "b[0-9].txt", true],
    ["x.xlsx", "/x.xlsx", true],
    ["dir/x.xlsx", "./dir/*.xlsx", true],
    [".hidden/a.xlsx", "**/*.xlsx", true],
    ["教育局/2023/项目.xlsx", "教育局/**/*.xlsx", true],
    ["教育局/2023/项目.xlsx", "教育局/*.xlsx", false],
  ])("%s vs %s", (p, g, want) => {
    expect(globMatcher([g])(p)).toBe(want);
  });
  it("a later !glob takes back what an earlier glob matched, as in .gitignore", () => {
    const m = globMatcher(["归档/**", "!归档/2024/**", ""]);
    expect(m("归档/2022/a.xlsx")).toBe(true);
    expect(m("归档/2024/a.xlsx")).toBe(false);
    expect(m("a.xlsx")).toBe(false);
    expect(globMatcher(["!*.csv"])("a.csv")).toBe(false);
  });
  it("suggests near ids", () => {
    expect(closest("vage-value", ["vague-value", "unit-missing"])).toEqual(["vague-value"]);
    expect(closest("zzz", ["vague-value"])).toEqual([]);
  });
});

describe("loading", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pbm-config-"));
  mkdirSync(path.join(dir, "sub", "deeper"), { recursive: true });
  writeFileSync(path.join(dir, "pbm.config.json"), JSON.stringify({ settings: { budgetYear: 2023 } }));
  it("finds pbm.config.json in the cwd or a parent", () => {
    expect(findConfigFile(path.join(dir, "sub", "deeper"))).toBe(path.join(dir, "pbm.config.json"));
    const c = loadConfig({ cwd: path.join(dir, "sub") });
    expect(c.path).toBe(path.join(dir, "pbm.config.json"));
    expect(c.baseDir).toBe(dir);
    expect(c.settings.budgetYear).toBe(2023);
  });
  it("reports broken JSON and a missing --config file as ConfigError", () => {
    writeFileSync(path.join(dir, "sub", "bad.json"), "{ rules: ");
    expect(errorOf(() => loadConfig({ cwd: dir, configPath: "sub/bad.json" })).localized("zh")).toContain("不是有效的 JSON");
    expect(errorOf(() => loadConfig({ cwd: dir, configPath: "nope.json" })).localized("en")).toContain("file not found");
  });
});
