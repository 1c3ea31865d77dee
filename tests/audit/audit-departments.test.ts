/**
 * A file holding several departments' tables (like the city's collected report in fixtures/seed) is
 * counted table by table: each table, and each finding about it, goes to the department it names.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "xlsx";
import { describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/model/audit.js";
import { pbm, ROOT } from "../helpers/bin.js";

const SEED = path.join(ROOT, "fixtures", "seed", "shenyang-2022-report-and-2023-targets.txt");

describe("audit --group-by department on a multi-department file", () => {
  it("splits the seed's 16 tables over the 13 departments they name, in the JSON and the workbook", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "pbm-audit-dept-"));
    const xlsx = path.join(out, "audit.xlsx");
    const r = pbm(["audit", SEED, "--quiet", "-f", "json", "-r", xlsx]);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as AuditReport;
    const groups = new Map(report.audit.groups.map((g) => [g.name, g]));
    expect(groups.size).toBe(13);
    expect(groups.get("沈阳市工业和信息化局")).toMatchObject({ files: 1, tables: 3, indicators: 27, errors: 7 });
    expect(groups.get("沈阳市商务局")).toMatchObject({ tables: 2, indicators: 19 });
    const sum = (k: "tables" | "indicators" | "errors" | "warnings" | "infos") => report.audit.groups.reduce((n, g) => n + g[k], 0);
    expect([sum("tables"), sum("indicators"), sum("errors"), sum("warnings"), sum("infos")]).toEqual([
      report.summary.tables,
      report.summary.indicators,
      report.summary.errors,
      report.summary.warnings,
      report.summary.infos,
    ]);

    const wb = XLSX.read(readFileSync(xlsx));
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets["问题清单"]);
    const financing = rows.filter((x) => x["项目"] === "融资担保补助项目" || x["表"] === "融资担保补助项目");
    expect(financing.length).toBeGreaterThan(0);
    for (const row of financing) expect(row["部门"]).toBe("沈阳市工业和信息化局");
    const byDept = new Map<string, number>();
    for (const row of rows) byDept.set(String(row["部门"]), (byDept.get(String(row["部门"])) ?? 0) + 1);
    for (const g of report.audit.groups) expect(byDept.get(g.name) ?? 0, g.name).toBe(g.errors + g.warnings + g.infos);
  });
});
