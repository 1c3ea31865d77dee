/**
 * The audit's new inputs through the real binary: a --departments table, a bad mapping, a --history
 * file that is not pbm's, and the scoring section of pbm.config.json (used, and refused when wrong).
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/model/audit.js";
import { makeCounty } from "../../scripts/make-county.js";
import { toRel } from "../../src/audit/run.js";
import { ROOT, build, pbm } from "./helpers.js";

let tmp: string;

beforeAll(() => {
  build();
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-audit-options-"));
  makeCounty({ out: path.join(tmp, "county"), departments: 8, seed: 9, year: 2024 });
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("pbm audit options", () => {
  it("reads a --departments table (a CSV with a BOM, as Excel saves it) like the JSON mapping", async () => {
    const json = JSON.parse(readFileSync(path.join(tmp, "county.departments.json"), "utf8")) as { departments: { name: string; code: string; aliases: string[] }[] };
    const csv = ["编码,部门名称,别名", ...json.departments.map((d) => `${d.code},${d.name},${d.aliases.join("；")}`)].join("\r\n");
    writeFileSync(path.join(tmp, "对照表.csv"), `\uFEFF${csv}`);
    const a = await pbm(["audit", "county", "--departments", "county.departments.json", "-q", "-f", "json"], { cwd: tmp });
    const b = await pbm(["audit", "county", "--departments", "对照表.csv", "-q", "-f", "json"], { cwd: tmp });
    expect(b.code, b.stderr).toBe(a.code);
    const ra = JSON.parse(a.stdout) as AuditReport;
    const rb = JSON.parse(b.stdout) as AuditReport;
    expect(rb.audit.groups).toEqual(ra.audit.groups);
    expect(new Set(ra.audit.groups.map((g) => g.name))).toEqual(new Set(json.departments.map((d) => d.name)));
    // Without the mapping, the short names the tables use are the groups (same counts, other names).
    const c = JSON.parse((await pbm(["audit", "county", "-q", "-f", "json"], { cwd: tmp })).stdout) as AuditReport;
    expect(c.summary).toEqual(ra.summary);
  });

  it("refuses a bad mapping file with exit 2 and a message naming it", async () => {
    writeFileSync(path.join(tmp, "bad.json"), JSON.stringify([{ name: "甲", code: "1" }, { name: "乙", code: "1" }]));
    const zh = await pbm(["audit", "county", "--departments", "bad.json", "-q"], { cwd: tmp });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("部门对照表 bad.json 有误：编码“1”同时对应“甲”和“乙”");
    expect(zh.stderr).not.toMatch(/at .*\.js:\d+/);
    const en = await pbm(["audit", "county", "--departments", "nope.csv", "-q", "--lang", "en"], { cwd: tmp });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("Cannot read the department mapping nope.csv");
  });

  it("never writes a report over one of its inputs: the same path, a link to it or a hard link (exit 2, input unchanged)", async () => {
    const dir = path.join(tmp, "guard");
    mkdirSync(dir, { recursive: true });
    const input = path.join(dir, "表.xlsx");
    const text = readFileSync(path.join(ROOT, "fixtures", "seed", "seed-per-sheet.xlsx"));
    writeFileSync(input, text);
    symlinkSync(input, path.join(tmp, "via-link.xlsx"));
    linkSync(input, path.join(tmp, "hard-link.xlsx"));
    for (const report of ["guard/表.xlsx", "via-link.xlsx", "hard-link.xlsx"]) {
      const r = await pbm(["audit", "guard", "-q", "-r", report, "--lang", "en"], { cwd: tmp });
      expect(r.code, report).toBe(2);
      expect(r.stderr).toContain(`The report file ${path.join(tmp, report)} is one of the inputs`);
      expect(readFileSync(input).equals(text)).toBe(true);
    }
    // A report beside the inputs that is not one of them is written.
    const ok = await pbm(["audit", "guard", "-q", "-r", "guard-report.json"], { cwd: tmp });
    expect(ok.code, ok.stderr).not.toBe(2);
    expect(JSON.parse(readFileSync(path.join(tmp, "guard-report.json"), "utf8")).files.map((f: { path: string }) => f.path)).toEqual(["guard/表.xlsx"]);
  });

  it("names files relative to the folder it runs in, and outside it by their full path", () => {
    const cwd = path.join(path.sep, "work", "审核");
    expect(toRel(cwd, path.join(cwd, "教育局", "表1.xlsx"))).toBe("教育局/表1.xlsx");
    expect(toRel(cwd + path.sep, path.join(cwd, "表.xlsx"))).toBe("表.xlsx");
    expect(toRel(cwd, path.join(cwd, "..foo.xlsx"))).toBe("..foo.xlsx");
    expect(toRel(cwd, path.join(path.sep, "work", "审核2", "表.xlsx"))).toBe(path.join(path.sep, "work", "审核2", "表.xlsx").split(path.sep).join("/"));
    expect(toRel(cwd, path.join(path.sep, "elsewhere", "表.xlsx"))).toBe(path.join(path.sep, "elsewhere", "表.xlsx").split(path.sep).join("/"));
  });

  it("says so when the work dir cannot hold the spool", async () => {
    writeFileSync(path.join(tmp, "a-file"), "");
    const r = await pbm(["audit", "county", "--work-dir", "a-file", "-q"], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a-file 保存中间结果");
    expect(r.stderr).toContain("--work-dir");
  });

  it("refuses a --history file that is not pbm's database, and leaves it alone", async () => {
    writeFileSync(path.join(tmp, "notes.sqlite"), "这不是数据库");
    const r = await pbm(["audit", "county", "--history", "notes.sqlite", "-q"], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--history notes.sqlite 不是 pbm 的历史数据库");
    expect(readFileSync(path.join(tmp, "notes.sqlite"), "utf8")).toBe("这不是数据库");
  });

  it("scores with the weights and bands of pbm.config.json, and says so in every report", async () => {
    writeFileSync(path.join(tmp, "pbm.config.json"), JSON.stringify({ audit: { scoring: { weights: { failure: 50, warning: 1 }, grades: [{ name: "合格", en: "pass", min: 70 }, { name: "不合格", en: "fail", min: 0 }] } } }));
    try {
      const r = await pbm(["audit", "county", "-q", "-f", "json", "-r", "cfg.html"], { cwd: tmp });
      const rep = JSON.parse(r.stdout) as AuditReport;
      expect(rep.audit.scoring?.weights).toEqual({ failure: 50, error: 10, warning: 1, info: 0 });
      expect(new Set(rep.audit.groups.map((g) => g.grade))).toEqual(new Set(rep.audit.groups.map((g) => (g.score >= 70 ? "合格" : "不合格"))));
      expect(readFileSync(path.join(tmp, "cfg.html"), "utf8")).toContain("得分 = 100 − (50 × 失败项 + 10 × 错误 + 1 × 警告 + 0 × 提示)");
      writeFileSync(path.join(tmp, "pbm.config.json"), JSON.stringify({ audit: { scoring: { grades: [{ name: "低", min: 0 }, { name: "高", min: 80 }] } } }));
      const bad = await pbm(["audit", "county", "-q"], { cwd: tmp });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("等级应按下限从高到低排列");
    } finally {
      rmSync(path.join(tmp, "pbm.config.json"), { force: true });
    }
  });
});
