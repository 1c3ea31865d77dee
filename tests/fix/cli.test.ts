import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FixReport } from "../../src/model/fix.js";
import { runCli, sha256, snapshot, tempDir } from "./helpers.js";

const SEED_DIR = path.resolve(__dirname, "../../fixtures/seed");

function seedCopy(name: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, name);
  copyFileSync(path.join(SEED_DIR, name), file);
  return { dir, file };
}

const GOOD = [
  "部门预算项目（政策）绩效目标表",
  "2023 年",
  "单位:万元",
  "项目(政策)名称\t职业技能培训",
  "主管部门\t测试局\t\t\t实施单位\t测试局",
  "预算资金情况\t100",
  "总体目标\t完成全年培训任务",
  "绩效指标\t一级指标\t二级指标\t三级指标\t运算符号\t指标值\t度量单位\t完成时限",
  "\t产出指标\t数量指标\t培训人次\t>=\t100\t人次\t2023 年 12 月",
  "\t\t时效指标\t资金拨付及时率\t=\t100\t%\t2023 年 12 月",
  "\t\t成本指标\t培训成本\t<=\t100\t万元\t2023 年 12 月",
  "\t效益指标\t社会效益指标\t培训合格率\t>=\t95\t%\t2023 年 12 月",
  "\t满意度指标\t服务对象满意度指标\t学员满意度\t>=\t90\t%\t2023 年 12 月",
  "",
].join("\n");

describe("pbm fix on text exports", () => {
  it("keeps GB18030, commas and CRLF of the seed CSV; only the fixed fields change", async () => {
    const { dir, file } = seedCopy("seed-gb18030.csv");
    const sum = sha256(file);
    const r = await runCli(["fix", file, "--format", "json"], dir);
    const report = JSON.parse(r.stdout) as FixReport;
    const out = path.join(dir, "seed-gb18030.fixed.csv");
    expect(report.files[0].output).toBe(out);
    expect(sha256(file)).toBe(sum);

    const before = readFileSync(file);
    const after = readFileSync(out);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(after)).toThrow();
    const b = new TextDecoder("gb18030").decode(before).split("\r\n");
    const a = new TextDecoder("gb18030").decode(after).split("\r\n");
    expect(a).toHaveLength(b.length);
    expect(after.filter((x) => x === 0x0a).length).toBe(before.filter((x) => x === 0x0a).length);
    const applied = report.files[0].edits.filter((e) => e.status === "applied");
    expect(applied.length).toBeGreaterThanOrEqual(11);
    const changedRows = b.map((line, i) => (line !== a[i] ? i + 1 : 0)).filter(Boolean);
    expect(changedRows.sort((x, y) => x - y)).toEqual([...new Set(applied.map((e) => Number(e.cell.replace(/^[A-Z]+/, ""))))].sort((x, y) => x - y));
    for (const e of applied) {
      const row = Number(e.cell.replace(/^[A-Z]+/, "")) - 1;
      expect(a[row].split(",")).toEqual(b[row].split(",").map((f, c) => (c === e.cell.charCodeAt(0) - 65 ? e.to : f)));
    }
  });

  it("writes <name>.fixed.txt for the seed text export and exits 0 on a table with nothing left to fix", async () => {
    const { dir, file } = seedCopy("shenyang-2022-report-and-2023-targets.txt");
    const r = await runCli(["fix", file], dir);
    expect(r.stdout).toContain("已写入修改后的副本"); // Chinese by default
    expect(existsSync(path.join(dir, "shenyang-2022-report-and-2023-targets.fixed.txt"))).toBe(true);
    expect(r.stdout).toContain("Sheet1!E");

    const good = path.join(dir, "good.txt");
    writeFileSync(good, GOOD);
    const clean = await runCli(["fix", good], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("没有可自动修复的问题");
    expect(existsSync(path.join(dir, "good.fixed.txt"))).toBe(false);
  });
});

describe("pbm fix: what it writes and refuses", () => {
  it("--dry-run prints the changes cell by cell and writes nothing", async () => {
    const { dir, file } = seedCopy("seed-per-sheet.xlsx");
    const before = snapshot(dir);
    const text = await runCli(["fix", file, "--dry-run"], dir);
    expect(text.stdout).toContain("表13!E15：<= → >=（operator-direction，融资担保补助项目 / 促进小微企业健康发展）");
    expect(text.stdout).toContain("试运行");
    const json = await runCli(["fix", file, "--dry-run", "--format", "json", "--lang", "en"], dir);
    const report = JSON.parse(json.stdout) as FixReport;
    expect(report.dryRun).toBe(true);
    expect(report.files[0].output).toBeNull();
    expect(report.files[0].edits.some((e) => e.sheet === "表13" && e.cell === "E15" && e.status === "applied")).toBe(true);
    expect(snapshot(dir)).toEqual(before);
  });

  it("xls gets a clear message and the JSON list of edits instead of a copy", async () => {
    const { dir, file } = seedCopy("seed.xls");
    const sum = sha256(file);
    const r = await runCli(["fix", file], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("无法安全地修改 xls 格式");
    const listed = JSON.parse(readFileSync(path.join(dir, "seed.edits.json"), "utf8")) as { format: string; edits: { sheet: string; cell: string; from: string; to: string }[] };
    expect(listed.format).toBe("xls");
    expect(listed.edits).toContainEqual(expect.objectContaining({ sheet: "表13", cell: "E15", from: "<=", to: ">=" }));
    expect(existsSync(path.join(dir, "seed.fixed.xls"))).toBe(false);
    expect(sha256(file)).toBe(sum);
    const en = await runCli(["fix", file, "--dry-run", "--lang", "en"], dir);
    expect(en.stdout).toContain("cannot safely patch xls files");
    expect(en.stdout).toContain("表13!E15: <= → >=");
  });

  it("-o names the copy; refuses an input as output, several inputs, and -o with --in-place (exit 2)", async () => {
    const { dir, file } = seedCopy("seed-per-sheet.xlsx");
    copyFileSync(path.join(SEED_DIR, "seed-stacked.xlsx"), path.join(dir, "seed-stacked.xlsx"));
    const before = snapshot(dir);
    const onInput = await runCli(["fix", file, "-o", "./seed-per-sheet.xlsx"], dir);
    expect(onInput.code).toBe(2);
    expect(onInput.stdout).toContain("不会覆盖输入文件");
    const self = await runCli(["fix", file, "-o", file, "--lang", "en"], dir);
    expect(self.code).toBe(2);
    expect(self.stdout).toContain("never overwrites an input");
    expect(snapshot(dir)).toEqual(before);
    const many = await runCli(["fix", file, path.join(dir, "seed-stacked.xlsx"), "-o", "x.xlsx"], dir);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain("-o 只能用于一个输入文件");
    const both = await runCli(["fix", file, "-o", "x.xlsx", "--in-place"], dir);
    expect(both.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);

    const ok = await runCli(["fix", file, "-o", "out/../named.xlsx"], dir);
    expect(ok.code).toBe(1);
    expect(existsSync(path.join(dir, "named.xlsx"))).toBe(true);
    expect(sha256(file)).toBe(before["seed-per-sheet.xlsx"]);
  });

  it("--in-place keeps a backup first, then replaces the file; a second run finds nothing to fix", async () => {
    const { dir, file } = seedCopy("seed-gb18030.csv");
    const original = sha256(file);
    const r = await runCli(["fix", file, "--in-place", "--lang", "en"], dir);
    expect(r.stdout).toContain("Fixed in place");
    const backup = path.join(dir, "seed-gb18030.bak.csv");
    expect(sha256(backup)).toBe(original);
    expect(sha256(file)).not.toBe(original);
    const again = await runCli(["fix", file, "--in-place", "--format", "json"], dir);
    const report = JSON.parse(again.stdout) as FixReport;
    expect(report.files[0].status).toBe("nothing");
    expect(existsSync(path.join(dir, "seed-gb18030.bak.1.csv"))).toBe(false);
    expect(sha256(backup)).toBe(original);
  });

  it("an unreadable file is reported, nothing is written, exit 1; a bad --format is a usage error", async () => {
    const dir = tempDir();
    const file = path.join(dir, "broken.xlsx");
    writeFileSync(file, Buffer.from("PK\x03\x04 not really a zip"));
    const r = await runCli(["fix", file], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("broken.xlsx");
    expect(r.stdout).toContain("未修改（无法检查）");
    expect(Object.keys(snapshot(dir))).toEqual(["broken.xlsx"]);
    const bad = await runCli(["fix", file, "--format", "xml"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format 只能是 text 或 json");
  });
});

describe("pbm fix and the config", () => {
  it("skips files matched by the config's ignorePatterns and fixes nothing for a rule turned off", async () => {
    const dir = tempDir();
    copyFileSync(path.join(SEED_DIR, "seed-gb18030.csv"), path.join(dir, "a.csv"));
    copyFileSync(path.join(SEED_DIR, "seed-gb18030.csv"), path.join(dir, "skip-me.csv"));
    writeFileSync(path.join(dir, "pbm.config.json"), JSON.stringify({ ignorePatterns: ["skip-*.csv"], rules: { "rate-at-least-100": "off" } }));
    const r = await runCli(["fix", ".", "--dry-run", "--format", "json"], dir);
    const report = JSON.parse(r.stdout) as FixReport;
    expect(report.files.map((f) => path.basename(f.path))).toEqual(["a.csv"]);
    const rules = new Set(report.files[0].edits.map((e) => e.ruleId));
    expect(rules.has("operator-direction")).toBe(true);
    expect(rules.has("rate-at-least-100")).toBe(false);
  });
});

describe("pbm fix on the bad-input corpus", () => {
  it("never crashes, reports every file, and changes no input", async () => {
    const dir = tempDir();
    cpSync(path.resolve(__dirname, "../../fixtures/bad"), dir, { recursive: true });
    const before = snapshot(dir);
    const r = await runCli(["fix", dir, "--format", "json"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("    at ");
    const report = JSON.parse(r.stdout) as FixReport;
    expect(report.files.length).toBeGreaterThan(20);
    for (const f of report.files) {
      if (f.status === "error") expect(f.message, f.path).toContain(path.basename(f.path));
      else expect(["nothing", "fixed", "unsupported"], f.path).toContain(f.status);
    }
    const after = snapshot(dir);
    for (const [name, sum] of Object.entries(before)) expect(after[name], name).toBe(sum);
    expect(Object.keys(after).filter((n) => !(n in before)).every((n) => /\.fixed\.|\.edits\.json$/.test(n))).toBe(true);
  });
});
