/** The audit workbook opens in LibreOffice: every sheet converts, and 汇总 shows what the JSON report says. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/model/audit.js";
import { makeCorpus } from "../../scripts/make-corpus.js";
import { build, pbm } from "../audit/helpers.js";
import { CSV_ALL_SHEETS, convert } from "../helpers/soffice.js";

let tmp: string;
let report: AuditReport;

beforeAll(async () => {
  build();
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-audit-lo-"));
  makeCorpus({ out: path.join(tmp, "corpus"), files: 40, departments: 8, seed: 42 });
  const run = await pbm(["audit", "corpus", "--jobs", "2", "--format", "json", "--report", "audit.xlsx", "-q"], { cwd: tmp });
  expect(run.code, run.stderr).toBeLessThanOrEqual(1);
  report = JSON.parse(run.stdout) as AuditReport;
  convert(tmp, CSV_ALL_SHEETS, path.join(tmp, "lo"), [path.join(tmp, "audit.xlsx")]);
}, 170_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("pbm audit's workbook in LibreOffice", () => {
  it("converts 汇总 with one row per department and the totals", () => {
    const csv = readFileSync(path.join(tmp, "lo", "audit-汇总.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toBe("部门,等级,得分,文件数,表数,指标数,错误,警告,提示,常见问题（规则×次数）");
    expect(csv).toHaveLength(report.audit.groups.length + 2);
    const s = report.summary;
    expect(csv.at(-1)).toMatch(new RegExp(`^合计,,,${s.files},${s.tables},${s.indicators},${s.errors},${s.warnings},${s.infos},`));
  });

  it("converts the other three sheets, row for row", () => {
    const lines = (n: string) => readFileSync(path.join(tmp, "lo", `audit-${n}.csv`), "utf8").trim().split("\n").length;
    const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
    expect(lines("问题清单")).toBeGreaterThanOrEqual(findings + 1);
    expect(lines("规则统计")).toBe(report.audit.rules.length + 1);
    expect(lines("指标清单")).toBeGreaterThanOrEqual(report.summary.indicators + 1);
  });
});
