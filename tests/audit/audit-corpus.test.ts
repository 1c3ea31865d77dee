/**
 * `pbm audit` end to end on the seeded corpus (500 workbooks, 100 departments): the JSON, the
 * workbook read back sheet by sheet, the HTML in headless Chromium (from npm, tests/helpers/browser.ts), the
 * batch checks against what the generator planted, and shards merged back into one run. LibreOffice opening
 * the workbook is an interop test (tests/interop/audit-libreoffice.test.ts, `npm run test:interop`).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import type { AuditReport } from "../../src/model/audit.js";
import { makeCorpus, type Manifest } from "../../scripts/make-corpus.js";
import { launchBrowser } from "../helpers/browser.js";
import { build, pbm, type Run } from "./helpers.js";

let tmp: string;
let manifest: Manifest;
let run: Run;
let report: AuditReport;

const findings = (r: AuditReport) => r.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));

beforeAll(async () => {
  build();
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-audit-"));
  manifest = makeCorpus({ out: path.join(tmp, "corpus"), files: 500, departments: 100, seed: 42 });
  run = await pbm(["audit", "corpus", "--jobs", "2", "--format", "json", "--report", "audit.xlsx", "--report", "audit.html"], { cwd: tmp });
  report = JSON.parse(run.stdout) as AuditReport;
}, 170_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("pbm audit on 500 workbooks from 100 departments", () => {
  it("checks every file, groups them by department and exits 1 for the errors it found", () => {
    expect(manifest.files).toHaveLength(500);
    expect(run.code).toBe(1);
    expect(report.summary.files).toBe(500);
    expect(report.files.map((f) => f.path)).toEqual(manifest.files.map((f) => `corpus/${f.path}`));
    expect(report.summary.tables).toBeGreaterThan(1000);
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.audit.groups.map((g) => g.name).sort()).toEqual([...new Set(manifest.files.map((f) => f.department))].sort());
    for (const f of manifest.files) expect(report.audit.fileGroups[`corpus/${f.path}`], f.path).toBe(f.department);
  });

  it("prints plain progress lines on stderr when it is not a terminal", () => {
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("已检查"));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.length).toBeLessThan(60);
    for (const l of lines) expect(l).toMatch(/^已检查 \d+\/500 个文件（\d+\.\d 个\/秒(，预计剩余 \d+ 秒)?）$/);
    expect(lines.at(-1)).toContain("500/500");
    expect(run.stderr).not.toContain("\r");
  });

  it("reports each broken file as one unreadable-file error and goes on", () => {
    for (const f of manifest.files.filter((x) => x.kind === "broken")) {
      const file = report.files.find((x) => x.path === `corpus/${f.path}`);
      expect(file?.status, f.path).toBe("error");
      expect(file?.findings.filter((x) => x.ruleId === "file-unreadable").map((x) => [x.category, x.severity])).toEqual([["parse", "error"]]);
    }
  });

  it("finds the planted batch problems: duplicate files, duplicate projects, department budgets", () => {
    const all = findings(report);
    const dupFiles = all.filter((x) => x.ruleId === "batch-duplicate-file").map((x) => x.path);
    expect(dupFiles.sort()).toEqual(manifest.files.filter((f) => f.kind === "duplicate").map((f) => `corpus/${f.path}`).sort());
    const dupProjects = new Set(all.filter((x) => x.ruleId === "batch-duplicate-project").map((x) => x.table));
    expect(manifest.duplicateProjects.length).toBeGreaterThan(0);
    for (const name of manifest.duplicateProjects) expect(dupProjects, name).toContain(name);
    const deptBudget = all.filter((x) => x.ruleId === "batch-department-budget");
    expect(deptBudget.map((x) => x.data.department).sort()).toEqual([...manifest.departmentBudgetMismatches].sort());
    for (const x of [...deptBudget, ...all.filter((y) => y.ruleId === "batch-duplicate-file")]) expect([x.category, x.severity]).toEqual(["consistency", "warning"]);
  });

  it("writes a compressed workbook whose sheets match the JSON row for row", () => {
    const bytes = readFileSync(path.join(tmp, "audit.xlsx"));
    // Local file header, compression method 8 = deflate (SheetJS stores uncompressed unless asked).
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(8);
    const wb = XLSX.read(bytes, { type: "buffer", cellStyles: true });
    expect(wb.SheetNames.slice(0, 5)).toEqual(["汇总", "评分说明", "问题清单", "规则统计", "指标清单"]);
    expect(wb.SheetNames.slice(5)).toEqual(report.audit.groups.map((g) => g.name));
    for (const n of wb.SheetNames.filter((x) => x !== "评分说明")) {
      expect(wb.Sheets[n]["!autofilter"]?.ref, n).toMatch(/^A1:[A-Z]+\d+$/);
      expect(wb.Sheets[n]["!cols"]?.length, n).toBeGreaterThan(3);
    }
    const rows = (n: string) => XLSX.utils.sheet_to_json<Record<string, string | number>>(wb.Sheets[n], { defval: null });

    const list = rows("问题清单");
    const all = findings(report);
    expect(list).toHaveLength(all.length);
    list.forEach((row, i) => {
      const x = all[i];
      expect([row["文件"], row["规则编号"], row["单元格"], row["表"], row["工作表"], row["指标"], row["问题说明"]]).toEqual([
        x.path,
        x.ruleId,
        x.location?.cell ?? null,
        x.table,
        x.location?.sheet ?? null,
        x.indicator,
        x.message,
      ]);
      expect(row["部门"]).toBe(report.audit.fileGroups[x.path]);
    });

    const summary = rows("汇总");
    expect(summary).toHaveLength(report.audit.groups.length + 1);
    report.audit.groups.forEach((g, i) => {
      expect(summary[i]).toMatchObject({ 部门: g.name, 等级: g.grade, 得分: g.score, 文件数: g.files, 表数: g.tables, 指标数: g.indicators, 错误: g.errors, 警告: g.warnings, 提示: g.infos });
    });
    const s = report.summary;
    expect(summary.at(-1)).toMatchObject({ 部门: "合计", 文件数: s.files, 表数: s.tables, 指标数: s.indicators, 错误: s.errors, 警告: s.warnings, 提示: s.infos });
    const sums = summary.slice(0, -1).reduce<{ f: number; e: number; w: number }>((a, r) => ({ f: a.f + Number(r["文件数"]), e: a.e + Number(r["错误"]), w: a.w + Number(r["警告"]) }), { f: 0, e: 0, w: 0 });
    expect(sums).toEqual({ f: s.files, e: s.errors, w: s.warnings });

    const rules = rows("规则统计");
    expect(rules.map((r) => [r["规则编号"], r["次数"]])).toEqual(report.audit.rules.map((r) => [r.ruleId, r.count]));
    expect(rules.reduce((n, r) => n + Number(r["次数"]), 0)).toBe(all.length);

    const indicators = rows("指标清单");
    expect(indicators).toHaveLength(s.indicators);
    const first = report.audit.inputs.find((i) => i.tables.length > 0)!;
    expect(indicators[0]).toMatchObject({ 文件: first.path, 表: first.tables[0].name, 单元格: first.tables[0].indicators[0].cell, 三级指标: first.tables[0].indicators[0].name });
  });

  it("writes an HTML report that opens in headless Chromium without errors or network", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) problems.push(`request ${r.url()}`);
      });
      await page.goto(pathToFileURL(path.join(tmp, "audit.html")).href, { waitUntil: "load" });
      expect(await page.title()).toBe("pbm 批量审核报告");
      expect(await page.locator("figure svg").count()).toBe(3);
      expect(await page.locator("#chart-ranking svg rect.bar").count()).toBe(report.audit.groups.length);
      expect(await page.locator("details").count()).toBe(report.audit.groups.length);
      expect(await page.locator("details tbody tr").count()).toBe(findings(report).length);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it("two shards merged give the same report as one run", async () => {
    // A quarter of the departments (with their duplicates and batch problems) keeps this test short;
    // the full corpus is covered by the run above.
    const folders = [...new Set(manifest.files.map((f) => `corpus/${f.path.split("/")[0]}`))].sort().slice(0, 25);
    const one = await pbm(["audit", ...folders, "--format", "json", "-q"], { cwd: tmp });
    const whole = JSON.parse(one.stdout) as AuditReport;
    for (const i of [1, 2]) {
      const r = await pbm(["audit", ...folders, "--shard", `${i}/2`, "--format", "json", "--report", `s${i}.json`, "-q"], { cwd: tmp });
      expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    }
    const parts = [1, 2].map((i) => JSON.parse(readFileSync(path.join(tmp, `s${i}.json`), "utf8")) as AuditReport);
    expect(parts[0].summary.files + parts[1].summary.files).toBe(whole.summary.files);
    expect(Math.min(parts[0].summary.files, parts[1].summary.files)).toBeGreaterThan(whole.summary.files / 4);
    const merged = await pbm(["merge", "s1.json", "s2.json", "--format", "json", "--report", "merged.xlsx"], { cwd: tmp });
    expect(merged.code).toBe(one.code);
    const m = JSON.parse(merged.stdout) as AuditReport;
    expect(m.summary).toEqual(whole.summary);
    expect(m.audit.groups).toEqual(whole.audit.groups);
    expect(findings(m)).toEqual(findings(whole));
    expect(m).toEqual(whole);
    // Batch checks ran on the merged set, not per shard.
    expect(findings(m).filter((x) => x.ruleId.startsWith("batch-")).length).toBeGreaterThan(0);
    const wb = XLSX.read(readFileSync(path.join(tmp, "merged.xlsx")), { type: "buffer" });
    expect(XLSX.utils.sheet_to_json(wb.Sheets["问题清单"])).toHaveLength(findings(whole).length);
  }, 120_000);

  it("answers usage mistakes with exit 2 and a Chinese message", async () => {
    const bad = await pbm(["audit", "corpus", "--shard", "3/2"], { cwd: tmp });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--shard 应写成 i/n");
    const ext = await pbm(["audit", "corpus", "--report", "out.pdf"], { cwd: tmp });
    expect(ext.code).toBe(2);
    expect(ext.stderr).toContain("无法从扩展名判断报告格式");
    const none = await pbm(["audit", "no-such-folder"], { cwd: tmp });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("没有找到可检查的文件");
    const notShard = await pbm(["merge", "audit.html"], { cwd: tmp });
    expect(notShard.code).toBe(2);
    expect(notShard.stderr).toContain("无法读取分片结果");
  });
});
