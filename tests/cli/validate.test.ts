import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ValidateReport } from "../../src/model/finding.js";
import { useColor } from "../../src/cli/color.js";
import { BAD, GOOD, run, tableText, workspace } from "./validate-helpers.js";

const json = (s: string) => JSON.parse(s) as ValidateReport;

describe("pbm validate (in process)", () => {
  it("exit 0 on a clean file, with the JSON report contract", async () => {
    const cwd = workspace();
    const r = await run(["validate", "good.txt", "-f", "json"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ path: path.join(cwd, "good.txt"), status: "ok", findings: [] });
    expect(report.files[0].tables[0]).toMatchObject({ name: "职业技能培训", kind: "project", indicatorCount: 5 });
    expect(report.summary).toMatchObject({ files: 1, tables: 1, indicators: 5, errors: 0, warnings: 0, infos: 0 });
  });

  it("exit 1 on errors; findings carry rule, category, table, indicator and cell", async () => {
    const cwd = workspace();
    const r = await run(["validate", "bad.txt", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    const f = json(r.stdout).files[0];
    expect(f.status).toBe("problems");
    expect(f.findings).toHaveLength(1);
    expect(f.findings[0]).toMatchObject({ ruleId: "vague-value", category: "measurability", severity: "error", table: "产业扶持资金", indicator: "产业发展" });
    expect(f.findings[0].location).toMatchObject({ sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+15$/), row: 15 });
    expect(f.findings[0].message).toContain("促进");
  });

  it("warnings alone exit 0; more than --max-warnings exit 1", async () => {
    const cwd = workspace();
    expect((await run(["validate", "warn.txt", "-f", "json"], { cwd })).code).toBe(0);
    expect((await run(["validate", "warn.txt", "-f", "json", "--max-warnings", "1"], { cwd })).code).toBe(0);
    const over = await run(["validate", "warn.txt", "-f", "json", "--max-warnings", "0"], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain("--max-warnings");
    expect((await run(["validate", "warn.txt", "--max-warnings", "many"], { cwd })).code).toBe(2);
  });

  it("--quiet reports errors only", async () => {
    const cwd = workspace();
    const r = await run(["validate", "bad.txt", "warn.txt", "-f", "json", "--quiet"], { cwd });
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.files.flatMap((f) => f.findings.map((x) => x.severity))).toEqual(["error"]);
    expect(report.summary.warnings).toBe(0);
  });

  it("messages are Chinese by default and English with --lang en or PBM_LANG=en", async () => {
    const cwd = workspace();
    const zh = json((await run(["validate", "bad.txt", "-f", "json"], { cwd })).stdout).files[0].findings[0].message;
    const en = json((await run(["validate", "bad.txt", "-f", "json", "--lang", "en"], { cwd })).stdout).files[0].findings[0].message;
    const env = json((await run(["validate", "bad.txt", "-f", "json"], { cwd, env: { PBM_LANG: "en" } })).stdout).files[0].findings[0].message;
    expect(zh).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(en).toMatch(/^Indicator/);
    expect(env).toBe(en);
  });

  it("a folder is searched; an unmatched pattern exits 2 unless --no-error-on-unmatched-pattern", async () => {
    const cwd = workspace();
    const all = json((await run(["validate", ".", "-f", "json"], { cwd })).stdout);
    expect(all.files.map((f) => path.basename(f.path))).toEqual(["bad.txt", "good.txt", "warn.txt"]);
    const miss = await run(["validate", "nothing-*.xlsx", "-f", "json"], { cwd });
    expect(miss.code).toBe(2);
    expect(miss.stderr).toContain("nothing-*.xlsx");
    const ok = await run(["validate", "nothing-*.xlsx", "good.txt", "-f", "json", "--no-error-on-unmatched-pattern"], { cwd });
    expect(ok.code).toBe(0);
    expect(json(ok.stdout).files).toHaveLength(1);
    expect((await run(["validate"], { cwd })).code).toBe(2);
  });

  it("--ignore-pattern and .pbmignore skip files", async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, ".pbmignore"), "# old tables\nwarn.*\n");
    const r = json((await run(["validate", ".", "-f", "json", "--ignore-pattern", "bad.txt"], { cwd })).stdout);
    expect(r.files.map((f) => path.basename(f.path))).toEqual(["good.txt"]);
  });

  it("config ignorePatterns skip files and config limits reach the reader", async () => {
    const cwd = workspace({ "pbm.config.json": JSON.stringify({ extends: [], rules: { "vague-value": "error", "file-unreadable": "error" }, ignorePatterns: ["warn.txt"], limits: { maxFileBytes: 200 } }) });
    const r = await run(["validate", ".", "-f", "json", "--lang", "en"], { cwd });
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.files.map((f) => path.basename(f.path))).toEqual(["bad.txt", "good.txt"]);
    for (const f of report.files) {
      expect(f.status).toBe("error");
      expect(f.findings[0].ruleId).toBe("file-unreadable");
      expect(f.findings[0].message).toContain(path.basename(f.path));
    }
  });

  it("an invalid config exits 2 naming the field; an unknown rule suggests the closest id", async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, "pbm.config.json"), JSON.stringify({ settings: { budgetYear: "next" } }));
    const bad = await run(["validate", "good.txt"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("settings.budgetYear");
    writeFileSync(path.join(cwd, "other.json"), JSON.stringify({ rules: { "vage-value": "error" } }));
    const unknown = await run(["validate", "good.txt", "-c", "other.json", "--lang", "en"], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("vage-value");
    expect(unknown.stderr).toContain("did you mean vague-value");
    const flag = await run(["validate", "good.txt", "-c", "other.json", "--rule", "vague-value:loud"], { cwd });
    expect(flag.code).toBe(2);
  });

  it("--rule overrides a severity", async () => {
    const cwd = workspace();
    const r = await run(["validate", "bad.txt", "-f", "json", "--rule", "vague-value:warning"], { cwd });
    expect(r.code).toBe(0);
    expect(json(r.stdout).files[0].findings[0].severity).toBe("warning");
    expect((await run(["validate", "bad.txt", "--rule", "vague-value:off", "-f", "json"], { cwd })).stdout).toContain('"findings": []');
  });

  it("--budget-year and config settings.budgetYear reach the rules", async () => {
    const cwd = workspace({ "pbm.config.json": JSON.stringify({ extends: [], rules: { "deadline-outside-year": "error" } }) });
    expect((await run(["validate", "good.txt", "-f", "json"], { cwd })).code).toBe(0);
    const r = await run(["validate", "good.txt", "-f", "json", "--budget-year", "2024"], { cwd });
    expect(r.code).toBe(1);
    expect(new Set(json(r.stdout).files[0].findings.map((f) => f.ruleId))).toEqual(new Set(["deadline-outside-year"]));
    writeFileSync(path.join(cwd, "pbm.config.json"), JSON.stringify({ extends: [], rules: { "deadline-outside-year": "error" }, settings: { budgetYear: 2024 } }));
    expect((await run(["validate", "good.txt", "-f", "json"], { cwd })).code).toBe(1);
    expect((await run(["validate", "good.txt", "--budget-year", "24"], { cwd })).code).toBe(2);
  });

  it("-o writes the report atomically and refuses to overwrite an input file", async () => {
    const cwd = workspace();
    const r = await run(["validate", "bad.txt", "-f", "json", "-o", "out/report.json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(json(readFileSync(path.join(cwd, "out", "report.json"), "utf8")).summary.errors).toBe(1);
    expect(readdirSync(path.join(cwd, "out"))).toEqual(["report.json"]);
    const refuse = await run(["validate", "bad.txt", "-f", "json", "-o", "bad.txt"], { cwd });
    expect(refuse.code).toBe(2);
    expect(readFileSync(path.join(cwd, "bad.txt"), "utf8")).toBe(BAD);
  });

  it("a report that an earlier run wrote into the searched folder is not taken as an input", async () => {
    const cwd = workspace();
    expect((await run(["validate", ".", "-f", "html", "-o", "report.html"], { cwd })).code).toBe(1);
    const again = await run(["validate", ".", "-f", "html", "-o", "report.html"], { cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).not.toContain("report.html：");
    const listed = json((await run(["validate", ".", "-f", "json"], { cwd })).stdout);
    expect(listed.files.map((f) => path.basename(f.path))).toContain("report.html");
    expect((await run(["validate", "report.html", "-f", "html", "-o", "report.html"], { cwd })).code).toBe(2);
  });

  it("--stdin reads the bytes from standard input, named by --stdin-filename", async () => {
    const cwd = workspace();
    const r = await run(["validate", "--stdin", "--stdin-filename", "部门/产业.txt", "-f", "json"], { cwd, stdin: BAD });
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.files[0].path).toBe(path.join(cwd, "部门", "产业.txt"));
    expect(report.files[0].findings[0].ruleId).toBe("vague-value");
    expect((await run(["validate", "--stdin", "-f", "json"], { cwd, stdin: GOOD })).code).toBe(0);
    expect((await run(["validate", "--stdin", "good.txt"], { cwd, stdin: GOOD })).code).toBe(2);
  });

  it("--cache: the second run is served from the cache; a changed file or a corrupt cache is re-checked", async () => {
    const cwd = workspace();
    const first = json((await run(["validate", "good.txt", "bad.txt", "-f", "json", "--cache"], { cwd })).stdout);
    expect(first.files.map((f) => f.cached ?? false)).toEqual([false, false]);
    expect(existsSync(path.join(cwd, ".pbmcache"))).toBe(true);
    const second = await run(["validate", "good.txt", "bad.txt", "-f", "json", "--cache", "--debug"], { cwd });
    expect(second.code).toBe(1);
    const report = json(second.stdout);
    expect(report.files.map((f) => f.cached)).toEqual([true, true]);
    expect(report.files[0].findings).toEqual(first.files[0].findings);
    expect(second.stderr).toContain("good.txt");
    writeFileSync(path.join(cwd, "good.txt"), BAD);
    const changed = json((await run(["validate", "good.txt", "-f", "json", "--cache"], { cwd })).stdout);
    expect(changed.files[0].cached ?? false).toBe(false);
    expect(changed.files[0].findings).toHaveLength(1);
    const otherLang = json((await run(["validate", "bad.txt", "-f", "json", "--cache", "--lang", "en"], { cwd })).stdout);
    expect(otherLang.files[0].cached ?? false).toBe(false);
    writeFileSync(path.join(cwd, ".pbmcache"), "{not json");
    const corrupt = await run(["validate", "bad.txt", "-f", "json", "--cache"], { cwd });
    expect(corrupt.code).toBe(1);
    expect(json(corrupt.stdout).files[0].cached ?? false).toBe(false);
    const located = await run(["validate", "bad.txt", "-f", "json", "--cache", "--cache-location", "c/pbm.cache"], { cwd });
    expect(located.code).toBe(1);
  });

  it("an unreadable file is exit 1 even with its finding turned off: never a silent pass", async () => {
    const cwd = workspace({ "empty.txt": "", "pbm.config.json": JSON.stringify({ extends: [], rules: { "file-unreadable": "off" } }) });
    const r = await run(["validate", "empty.txt", "-f", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(json(r.stdout).files[0]).toMatchObject({ status: "error", findings: [] });
  });

  it("an unreadable file is an error finding (exit 1), not a crash", async () => {
    const cwd = workspace({ "empty.txt": "" });
    const r = await run(["validate", "empty.txt", "good.txt", "-f", "json"], { cwd });
    expect(r.code).toBe(1);
    const f = json(r.stdout).files.find((x) => x.path.endsWith("empty.txt"));
    expect(f?.status).toBe("error");
    expect(f?.findings).toEqual([
      expect.objectContaining({ ruleId: "file-unreadable", category: "parse", severity: "error", table: null, indicator: null, location: null }),
    ]);
    expect(f?.findings[0].message).toContain("empty.txt");
  });

  it("an unknown format exits 2", async () => {
    const cwd = workspace();
    const r = await run(["validate", "good.txt", "-f", "yaml"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("yaml");
  });

  it("-f github appends a Markdown summary to $GITHUB_STEP_SUMMARY", async () => {
    const cwd = workspace();
    const summary = path.join(cwd, "summary.md");
    writeFileSync(summary, "previous step\n");
    const r = await run(["validate", "bad.txt", "-f", "github"], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error");
    const text = readFileSync(summary, "utf8");
    expect(text.startsWith("previous step\n")).toBe(true);
    expect(text.length).toBeGreaterThan("previous step\n".length + 10);
  });
});

describe("pbm validate flags for people", () => {
  const LOOKALIKE = tableText("职业技能培训", [
    ["", "产出指标", "数量指标", "培训人次", "≧", "100", "人次", "2023 年 12 月"],
    ["", "满意度指标", "服务对象满意度指标", "学员满意度", ">=", "90", "%", "2023 年 12 月"],
  ]);
  const config = JSON.stringify({ extends: [], rules: { "operator-lookalike": "warning", "satisfaction-floor": "warning" } });

  it("--fix-dry-run includes the fix edits in JSON; without it they are left out", async () => {
    const cwd = workspace({ "look.txt": LOOKALIKE, "pbm.config.json": config });
    const plain = json((await run(["validate", "look.txt", "-f", "json"], { cwd })).stdout).files[0].findings;
    expect(plain.map((f) => f.ruleId)).toEqual(["operator-lookalike"]);
    expect(plain[0].fix).toBeUndefined();
    const dry = json((await run(["validate", "look.txt", "-f", "json", "--fix-dry-run"], { cwd })).stdout).files[0].findings;
    expect(dry[0].fix).toMatchObject({ kind: "safe", edits: [{ cell: plain[0].location?.cell, from: "≧" }] });
    expect(readFileSync(path.join(cwd, "look.txt"), "utf8")).toBe(LOOKALIKE);
  });

  it("--statistics adds a count per rule; --color forces ANSI colour, NO_COLOR removes it", async () => {
    const cwd = workspace({ "look.txt": LOOKALIKE, "pbm.config.json": config });
    const stats = await run(["validate", "look.txt", "warn.txt", "--statistics", "--no-color"], { cwd });
    expect(stats.code).toBe(0);
    const plain = await run(["validate", "look.txt", "warn.txt", "--no-color"], { cwd });
    expect(stats.stdout.length).toBeGreaterThan(plain.stdout.length);
    expect(stats.stdout.split("operator-lookalike").length).toBeGreaterThan(plain.stdout.split("operator-lookalike").length);
    const ESC = "\u001b[";
    expect((await run(["validate", "look.txt", "--color"], { cwd })).stdout).toContain(ESC);
    expect((await run(["validate", "look.txt"], { cwd, tty: true })).stdout).toContain(ESC);
    expect((await run(["validate", "look.txt"], { cwd, tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ESC);
    expect((await run(["validate", "look.txt", "-f", "json", "--color"], { cwd })).stdout).not.toContain(ESC);
  });
});

describe("colour decision", () => {
  it("follows --color/--no-color, then NO_COLOR, then FORCE_COLOR, then the TTY", () => {
    const tty = { isTTY: true };
    expect(useColor(true, { NO_COLOR: "1" }, {})).toBe(true);
    expect(useColor(false, {}, tty)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: "1", FORCE_COLOR: "1" }, tty)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: "" }, tty)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: "1" }, {})).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: "0" }, tty)).toBe(false);
    expect(useColor(undefined, {}, {})).toBe(false);
  });
});
