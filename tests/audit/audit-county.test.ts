/**
 * Issue 13's "done when", end to end through the real binary, on a generated county of 100
 * departments (scripts/make-county.ts): mixed folders, tables naming their department in five ways,
 * workbooks with several departments' tables, unreadable, empty and table-less files, and departments
 * that sent nothing else; then a second year with problems fixed and new, kept in SQLite (--history).
 */
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import initSqlJs from "sql.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { tableKey } from "../../src/audit/history.js";
import { type AuditReport, groupOfTable } from "../../src/model/audit.js";
import { type CountyManifest, makeCounty } from "../../scripts/make-county.js";
import { build, pbm, type Run } from "./helpers.js";

let tmp: string;
let y1: CountyManifest;
let y2: CountyManifest;
let run1: Run;
let run2: Run;
let r1: AuditReport;
let r2: AuditReport;

const findings = (r: AuditReport) => r.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));

beforeAll(async () => {
  build();
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-county-"));
  y1 = makeCounty({ out: path.join(tmp, "2024"), departments: 100, seed: 7, year: 2024 });
  y2 = makeCounty({ out: path.join(tmp, "2025"), departments: 100, seed: 8, year: 2025, nextYearOf: y1, previousDir: path.join(tmp, "2024") });
  const args = (year: string) => ["audit", year, "--departments", `${year}.departments.json`, "--history", "history.sqlite", "--jobs", "2", "-q", "-f", "json", "-r", `${year}.xlsx`, "-r", `${year}.html`];
  run1 = await pbm(args("2024"), { cwd: tmp });
  r1 = JSON.parse(run1.stdout) as AuditReport;
  run2 = await pbm(args("2025"), { cwd: tmp });
  r2 = JSON.parse(run2.stdout) as AuditReport;
}, 170_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("a county of 100 departments in mixed folders", () => {
  it("counts every table under the department it names, and a file naming none under its folder's department, as a guess", () => {
    expect(run1.code, run1.stderr).toBe(1);
    expect(r1.audit.groups).toHaveLength(100);
    let tables = 0;
    for (const f of y1.files) {
      const p = `2024/${f.path}`;
      if (f.kind === "tables") {
        for (const t of f.tables) {
          expect(groupOfTable(r1.audit, p, t.name), `${p} ${t.name} (${t.label})`).toBe(t.department);
          tables += 1;
        }
        expect(r1.audit.guessed?.[p], p).toBeUndefined();
      } else {
        expect(r1.audit.fileGroups[p], p).toBe(f.folderDepartment);
        expect(r1.audit.guessed?.[p], p).toBe(f.folderDepartment);
      }
    }
    expect(r1.summary.tables).toBe(tables);
    // The mixed folders are real: many tables sit in a folder that is not their department's.
    const elsewhere = y1.files.filter((f) => f.kind === "tables" && f.tables.some((t) => t.department !== f.folderDepartment));
    expect(elsewhere.length).toBeGreaterThan(20);
    const byDept = new Map<string, number>();
    for (const f of y1.files) for (const t of f.tables) byDept.set(t.department, (byDept.get(t.department) ?? 0) + 1);
    for (const g of r1.audit.groups) expect(g.tables, g.name).toBe(byDept.get(g.name) ?? 0);
  });

  it("scores no department that sent only unreadable, empty or table-less files above the lowest band", () => {
    const failing = y1.departments.filter((d) => d.failing);
    expect(failing.length).toBeGreaterThanOrEqual(2);
    const lowest = [...r1.audit.scoring!.grades].sort((a, b) => a.min - b.min)[0].name;
    expect(lowest).toBe("差");
    for (const d of failing) {
      const g = r1.audit.groups.find((x) => x.name === d.name)!;
      expect(g, d.name).toMatchObject({ tables: 0, score: 0, grade: lowest, guessed: 3 });
      expect(g.unreadable + g.noTable, d.name).toBe(3);
    }
    // Failures in departments that also sent tables cost them, in their own columns.
    const mixed = r1.audit.groups.filter((g) => g.tables > 0 && g.unreadable + g.noTable > 0);
    expect(mixed.length).toBeGreaterThan(0);
    for (const g of mixed) expect(g.score, g.name).toBeLessThanOrEqual(100 - (100 * (g.unreadable + g.noTable)) / (g.tables + g.unreadable + g.noTable));
  });

  it("writes a workbook that agrees with the JSON row for row, with a sheet per department", () => {
    const wb = XLSX.read(readFileSync(path.join(tmp, "2024.xlsx")), { type: "buffer" });
    const rows = (n: string) => XLSX.utils.sheet_to_json<Record<string, string | number>>(wb.Sheets[n], { defval: null });
    expect(wb.SheetNames.slice(0, 6)).toEqual(["汇总", "评分说明", "问题清单", "规则统计", "指标清单", "历年对比"]);
    const summary = rows("汇总");
    expect(summary).toHaveLength(r1.audit.groups.length + 1);
    r1.audit.groups.forEach((g, i) =>
      expect(summary[i]).toMatchObject({ 部门: g.name, 等级: g.grade, 得分: g.score, 文件数: g.files, 表数: g.tables, 错误: g.errors, 警告: g.warnings, 无法读取: g.unreadable, 未找到表: g.noTable, 无指标表: g.noIndicators, 按文件夹推定: g.guessed }),
    );
    const all = findings(r1);
    const list = rows("问题清单");
    expect(list).toHaveLength(all.length);
    list.forEach((row, i) => {
      const x = all[i];
      expect([row["部门"], row["文件"], row["表"], row["单元格"], row["规则编号"], row["问题说明"]]).toEqual([groupOfTable(r1.audit, x.path, x.table), x.path, x.table, x.location?.cell ?? null, x.ruleId, x.message]);
      expect(row["规则"]).not.toMatch(/^[a-z-]+$/);
    });
    expect(rows("指标清单")).toHaveLength(r1.summary.indicators);
    expect(rows("规则统计").map((r) => [r["规则编号"], r["次数"]])).toEqual(r1.audit.rules.map((r) => [r.ruleId, r.count]));
    expect(rows("评分说明").map((r) => r["项目"])).toContain("计算公式");
    // One sheet per department with exactly its findings, each linked to its file, sheet and cell.
    const deptSheets = wb.SheetNames.slice(6);
    expect(deptSheets).toHaveLength(r1.audit.groups.length);
    r1.audit.groups.forEach((g, i) => {
      const mine = all.filter((x) => groupOfTable(r1.audit, x.path, x.table) === g.name);
      const sheet = rows(deptSheets[i]);
      expect(sheet.map((r) => [r["文件"], r["单元格"], r["规则编号"]]), g.name).toEqual(mine.map((x) => [x.path, x.location?.cell ?? null, x.ruleId]));
    });
    const firstDept = wb.Sheets[deptSheets[r1.audit.groups.findIndex((g) => g.tables > 0)]];
    const link = Object.values(firstDept).find((c) => typeof c === "object" && c && "f" in c && String((c as XLSX.CellObject).f).includes("#")) as XLSX.CellObject;
    expect(link.f).toMatch(/^HYPERLINK\("2024\/[^"]+\.xlsx#'绩效目标表'![A-H]\d+","绩效目标表![A-H]\d+"\)$/);
  });
});

describe("two years in the --history database", () => {
  it("stores both runs in a real SQLite file, with the right new / fixed / recurring counts per department", async () => {
    expect(run2.code, run2.stderr).toBe(1);
    const require = createRequire(import.meta.url);
    const SQL = await initSqlJs({ locateFile: (f: string) => path.join(path.dirname(require.resolve("sql.js")), f) });
    const db = new SQL.Database(readFileSync(path.join(tmp, "history.sqlite")));
    const runs = db.exec("SELECT id, budget_year, files FROM runs ORDER BY id")[0].values;
    expect(runs).toEqual([
      [1, 2024, r1.summary.files],
      [2, 2025, r2.summary.files],
    ]);
    // The expectation, worked out independently from the two JSON reports.
    const identities = (r: AuditReport) => {
      const m = new Map<string, number>();
      for (const x of findings(r)) {
        const k = [groupOfTable(r.audit, x.path, x.table), tableKey(x.table), x.indicator ?? "", x.ruleId].join("|");
        m.set(k, (m.get(k) ?? 0) + 1);
      }
      return m;
    };
    const a = identities(r1);
    const b = identities(r2);
    const want = new Map<string, [number, number, number]>();
    const add = (k: string, i: number, n: number) => {
      const g = k.split("|")[0];
      const w = want.get(g) ?? [0, 0, 0];
      w[i] += n;
      want.set(g, w);
    };
    for (const [k, n] of b) {
      add(k, 0, Math.max(0, n - (a.get(k) ?? 0)));
      add(k, 2, Math.min(n, a.get(k) ?? 0));
    }
    for (const [k, n] of a) add(k, 1, Math.max(0, n - (b.get(k) ?? 0)));
    const got = new Map(db.exec("SELECT name, new, fixed, recurring FROM groups WHERE run_id = 2")[0].values.map((r) => [String(r[0]), [Number(r[1]), Number(r[2]), Number(r[3])]]));
    expect(got.size).toBe(100);
    for (const [g, w] of want) expect(got.get(g), g).toEqual(w);
    const total = [...got.values()].reduce((t, v) => [t[0] + v[0], t[1] + v[1], t[2] + v[2]], [0, 0, 0]);
    for (const n of total) expect(n).toBeGreaterThan(10);
    expect(r2.audit.history?.totals).toEqual({ new: total[0], fixed: total[1], recurring: total[2] });
    for (const g of r2.audit.groups) expect([g.history?.new, g.history?.fixed, g.history?.recurring], g.name).toEqual(got.get(g.name));
    db.close();
  });

  it("recognises a problem after its rows moved and the year in its table name changed", () => {
    // Every header block of year two has one more line, so every indicator sits lower (one row per table above it and its own).
    const key = (x: ReturnType<typeof findings>[number], r: AuditReport) => [groupOfTable(r.audit, x.path, x.table), tableKey(x.table), x.indicator, x.ruleId].join("|");
    const before = new Map(findings(r1).filter((x) => x.indicator).map((x) => [key(x, r1), x]));
    const moved = findings(r2).filter((x) => x.indicator && before.has(key(x, r2)));
    expect(moved.length).toBeGreaterThan(50);
    for (const x of moved.slice(0, 50)) {
      const old = before.get(key(x, r2))!;
      expect(x.location?.row, x.message).toBeGreaterThan(old.location?.row ?? 0);
      expect(x.table).not.toBe(old.table);
    }
    // A planted problem that was fixed shows as fixed for its department.
    const fixedTable = y2.files.flatMap((f) => f.tables).find((t) => !t.mistakes.includes("satisfaction") && y1.files.flatMap((f) => f.tables).some((o) => tableKey(o.name) === tableKey(t.name) && o.mistakes.includes("satisfaction")))!;
    expect(fixedTable).toBeDefined();
    const change = r2.audit.history!.changes.find((c) => c.status === "fixed" && c.group === fixedTable.department && tableKey(c.table) === tableKey(fixedTable.name) && c.ruleId === "operator-direction");
    expect(change, fixedTable.name).toBeDefined();
  });

  it("shows the changes and a trend chart in the report", () => {
    const html = readFileSync(path.join(tmp, "2025.html"), "utf8");
    expect(html).toContain('id="chart-trend"');
    expect(html).toContain("与上次审核（2024）相比");
    const wb = XLSX.read(readFileSync(path.join(tmp, "2025.xlsx")), { type: "buffer" });
    const changes = XLSX.utils.sheet_to_json<Record<string, string | number>>(wb.Sheets["历年对比"]);
    expect(changes).toHaveLength(r2.audit.history!.changes.length);
    expect(new Set(changes.map((c) => c["变化"]))).toEqual(new Set(["新增", "已整改", "仍存在"]));
    const summary = XLSX.utils.sheet_to_json<Record<string, string | number>>(wb.Sheets["汇总"]);
    const g = r2.audit.groups[0];
    expect(summary[0]).toMatchObject({ 部门: g.name, 新增问题: g.history!.new, 已整改: g.history!.fixed, 仍存在: g.history!.recurring });
  });
});
