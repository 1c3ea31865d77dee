/**
 * Strict configuration: nothing in a config file is ignored without a word. Unknown options and fields are
 * errors that suggest the word meant; the config and --rule take the same severities; a syntax error in
 * JSON, JSONC or YAML names file:line:col; every other config error points at its line too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, resolveConfig } from "../../src/config/resolve.js";
import { findConfigFile, loadConfig } from "../../src/config/load.js";
import { ACCEPTED_SEVERITIES } from "../../src/config/severity.js";
import type { ValidateReport } from "../../src/model/finding.js";
import { run, workspace } from "../cli/validate-helpers.js";

const errorOf = (fn: () => unknown): ConfigError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("no ConfigError thrown: the setting was accepted");
};

/** A config file in a fresh folder; returns its path. */
function configFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pbm-strict-"));
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}
const load = (file: string) => loadConfig({ cwd: path.dirname(file), configPath: file });

describe("unknown options and fields are errors with a suggestion", () => {
  it("rejects a misspelt rule option: 未知选项 flor，是不是 floor？", () => {
    const e = errorOf(() => resolveConfig({ rules: { "satisfaction-floor": ["warning", { flor: 90 }] } }));
    expect(e.localized("zh")).toContain("rules.satisfaction-floor[1].flor：未知选项 flor，是不是 floor？");
    expect(e.localized("en")).toContain("unknown option flor (did you mean floor?)");
    // In an override as well, and with the rule's options listed when nothing is close.
    const o = errorOf(() => resolveConfig({ overrides: [{ files: ["*.csv"], rules: { "satisfaction-floor": ["error", { minimum: 90 }] } }] }));
    expect(o.localized("zh")).toContain("overrides[0].rules.satisfaction-floor[1].minimum：未知选项 minimum（规则 satisfaction-floor 的选项：floor）");
  });

  it("still takes the rule's real options", () => {
    expect(resolveConfig({ rules: { "satisfaction-floor": ["warning", { floor: 90 }] } }).rules["satisfaction-floor"]).toEqual({ severity: "warning", options: { floor: 90 } });
  });

  it.each([
    [{ extend: ["strict"] }, "未知字段 extend，是不是 extends？", "unknown field extend (did you mean extends?)"],
    [{ rule: {} }, "未知字段 rule，是不是 rules？", "unknown field rule (did you mean rules?)"],
    [{ settings: { budgetyear: 2024 } }, "未知字段 settings.budgetyear，是不是 budgetYear？", "unknown field settings.budgetyear (did you mean budgetYear?)"],
    [{ limits: { maxFileByte: 1 } }, "未知字段 limits.maxFileByte，是不是 maxFileBytes？", "(did you mean maxFileBytes?)"],
    [{ overrides: [{ file: ["*.csv"], rules: {} }] }, "未知字段 overrides[0].file，是不是 files？", "(did you mean files?)"],
  ])("rejects the unknown field in %j", (raw, zh, en) => {
    const e = errorOf(() => resolveConfig(raw));
    expect(e.localized("zh")).toContain(zh);
    expect(e.localized("en")).toContain(en);
  });
});

describe("one vocabulary of severities, in the config file and on the command line", () => {
  const severityOf = async (where: "config" | "cli", word: string) => {
    const cwd = workspace();
    const args = ["validate", "bad.txt", "-f", "json"];
    if (where === "config") writeFileSync(path.join(cwd, "pbm.config.json"), JSON.stringify({ extends: [], rules: { "vague-value": word } }));
    else args.push("--rule", `vague-value:${word}`);
    const r = await run(args, { cwd });
    if (r.code === 2) return { error: r.stderr };
    const findings = (JSON.parse(r.stdout) as ValidateReport).files[0].findings;
    return { severity: findings.length ? findings[0].severity : "off" };
  };

  it.each(ACCEPTED_SEVERITIES.map((w) => [w]))("%s means the same in both", async (word) => {
    const want = word === "warn" ? "warning" : word;
    expect(await severityOf("config", word)).toEqual({ severity: want });
    expect(await severityOf("cli", word)).toEqual({ severity: want });
  });

  it.each([
    ["warnning", "未知级别 “warnning”，是不是 warning？；级别为 off、info、warning（或 warn）、error"],
    ["WARN", "未知级别 “WARN”"],
    ["fatal", "未知级别 “fatal”；级别为 off、info、warning（或 warn）、error"],
  ])("%s is refused by both, with the same words", async (word, message) => {
    const config = await severityOf("config", word);
    const cli = await severityOf("cli", word);
    expect(config.error).toContain(message);
    expect(cli.error).toContain(message);
    expect(config.error).toContain("rules.vague-value");
    expect(cli.error).toContain("--rule vague-value");
  });
});

describe("syntax errors name file:line:col", () => {
  it.each([
    ["missing comma", "pbm.config.json", '{\n  "rules": {\n    "vague-value": "off"\n    "deadline-missing": "off"\n  }\n}\n', 4, 5, "两项之间缺少逗号"],
    ["trailing comma", "pbm.config.json", '{\n  "rules": {\n    "vague-value": "off",\n  }\n}\n', 3, 25, "最后一项后面多了逗号"],
    ["comment in .json", "pbm.config.json", '{\n  // 关闭\n  "rules": {}\n}\n', 2, 3, "JSON 文件中不能写注释"],
    ["key without quotes", "pbm.config.json", "{\n  rules: {}\n}\n", 2, 3, "这里有无法识别的内容"],
    ["unterminated string", "pbm.config.json", '{\n  "rules": {\n    "vague-value": "off\n  }\n}\n', 3, 20, "文字"],
    ["duplicate key", "pbm.config.json", '{\n  "rules": {},\n  "extends": [],\n  "rules": { "vague-value": "off" }\n}\n', 4, 3, "字段 rules 重复（第 2 行已有）"],
    ["missing brace in .jsonc", "pbm.config.jsonc", '{\n  // 规则\n  "rules": {\n    "vague-value": "off",\n', 5, 1, "文件没有写完（可能缺少 } 或 ]）"],
    ["tab indentation in YAML", "pbm.config.yaml", "rules:\n\tvague-value: off\n", 2, 1, "不能用 Tab 缩进"],
    ["YAML indentation", "pbm.config.yaml", "rules:\n  vague-value: off\n   deadline-missing: off\n", 2, 16, "缩进不正确"],
    ["duplicate YAML key", "pbm.config.yml", "rules:\n  vague-value: off\n  vague-value: error\n", 3, 3, "字段重复"],
  ])("%s", (_name, fileName, text, line, column, reason) => {
    const file = configFile(fileName, text);
    const e = errorOf(() => load(file));
    const zh = e.localized("zh");
    expect(zh).toContain(`配置文件 ${file}:${line}:${column} 不是有效的 ${fileName.endsWith("jsonc") ? "JSONC" : fileName.endsWith("json") ? "JSON" : "YAML"}：`);
    expect(zh).toContain(reason);
    expect(e.localized("en")).toContain(`${file}:${line}:${column}`);
  });

  it("a byte-order mark does not shift the columns", () => {
    const e = errorOf(() => load(configFile("pbm.config.json", '\uFEFF{ "rules": { "vague-value": "off" "x": 1 } }')));
    expect(e.localized("en")).toMatch(/pbm\.config\.json:1:35 is not valid JSON: a comma was expected/);
  });
});

describe("JSONC and YAML config files", () => {
  it("JSONC takes comments and trailing commas", () => {
    const c = load(configFile("pbm.config.jsonc", '{\n  /* 本单位 */\n  "rules": {\n    "vague-value": "off", // 暂不检查\n  },\n}\n'));
    expect(c.rules["vague-value"].severity).toBe("off");
  });

  it("YAML is found like pbm.config.json and means the same", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pbm-yaml-"));
    writeFileSync(path.join(dir, "pbm.config.yaml"), "# 本单位的设置\nextends: []\nrules:\n  vague-value: warn\n  satisfaction-floor: [error, { floor: 90 }]\n");
    expect(findConfigFile(dir)).toBe(path.join(dir, "pbm.config.yaml"));
    const c = loadConfig({ cwd: dir });
    expect(c.rules["vague-value"].severity).toBe("warning");
    expect(c.rules["satisfaction-floor"]).toEqual({ severity: "error", options: { floor: 90 } });
    const cwd = workspace();
    writeFileSync(path.join(cwd, "pbm.config.json"), "");
    const r = await run(["validate", "bad.txt", "-f", "json", "-c", path.join(dir, "pbm.config.yaml")], { cwd });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ValidateReport).files[0].findings.map((f) => [f.ruleId, f.severity])).toEqual([["vague-value", "warning"]]);
  });
});

describe("every config error points at its line", () => {
  it.each([
    ["pbm.config.json", '{\n  "rules": {\n    "satisfaction-floor": ["warning", { "flor": 90 }]\n  }\n}\n', 3, 41, "未知选项 flor，是不是 floor？"],
    ["pbm.config.json", '{\n  "extends": ["recommended"],\n  "extend": ["strict"]\n}\n', 3, 3, "未知字段 extend，是不是 extends？"],
    ["pbm.config.json", '{\n  "rules": {\n    "vague-value": "warnning"\n  }\n}\n', 3, 5, "未知级别 “warnning”"],
    ["pbm.config.json", '{\n  "overrides": [\n    { "files": ["*.csv"], "rules": { "vage-value": "off" } }\n  ]\n}\n', 3, 38, "没有名为 vage-value 的规则，是不是 vague-value？"],
    ["pbm.config.yaml", "rules:\n  satisfaction-floor:\n    - warning\n    - flor: 90\n", 4, 7, "未知选项 flor，是不是 floor？"],
    ["pbm.config.yaml", "settings:\n  budgetYear: next\n", 2, 3, "settings.budgetYear"],
  ])("%s #%#", (fileName, text, line, column, reason) => {
    const file = configFile(fileName, text);
    const zh = errorOf(() => load(file)).localized("zh");
    expect(zh).toContain(`配置文件 ${file}:${line}:${column} 有误`);
    expect(zh).toContain(reason);
  });

  it("the CLI prints it and exits 2", async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, "pbm.config.json"), '{\n  "rules": { "satisfaction-floor": ["info", { "flor": 90 }] }\n}\n');
    const r = await run(["validate", "good.txt"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`配置文件 ${path.join(cwd, "pbm.config.json")}:2:47 有误：rules.satisfaction-floor[1].flor：未知选项 flor，是不是 floor？（规则 satisfaction-floor 的选项：floor）\n`);
    expect(readFileSync(path.join(cwd, "pbm.config.json"), "utf8")).toContain("flor");
  });
});
