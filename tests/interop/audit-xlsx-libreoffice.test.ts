/**
 * The audit workbook in a real office suite: LibreOffice opens the streamed xlsx (no SheetJS on the
 * writing side) and converts every sheet to CSV; each agrees with the JSON — the summary with its
 * 合计 row, one row per finding, the per-department sheets, and the links (HYPERLINK formulas) show
 * their text. Needs `soffice` (apt-get install libreoffice-calc-nogui); an interop test, like
 * tests/read/libreoffice.test.ts (tests/interop/ is what `npm run test:interop` runs, once that lands).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/model/audit.js";
import { groupOfTable } from "../../src/model/audit.js";
import { makeCounty } from "../../scripts/make-county.js";
import { build, pbm } from "../audit/helpers.js";

// Every sheet (-1), UTF-8 (76), comma, double quote; formulas as their shown value.
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function soffice(): string {
  const found = execFileSync("sh", ["-c", "command -v soffice || command -v libreoffice || true"]).toString().trim();
  if (!found) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui (.ci/run does)");
  return found;
}

/** A small RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = "";
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ",") {
      row.push(f);
      f = "";
    } else if (c === "\n") {
      row.push(f);
      rows.push(row);
      row = [];
      f = "";
    } else if (c !== "\r") f += c;
  }
  if (f || row.length) rows.push([...row, f]);
  return rows;
}

let tmp: string;
let report: AuditReport;
const sheets = new Map<string, string[][]>();

beforeAll(async () => {
  build();
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-audit-lo-"));
  makeCounty({ out: path.join(tmp, "county"), departments: 12, seed: 3, year: 2024 });
  const r = await pbm(["audit", "county", "--departments", "county.departments.json", "-q", "-f", "json", "-r", "audit.xlsx"], { cwd: tmp });
  expect(r.code, r.stderr).toBe(1);
  report = JSON.parse(r.stdout) as AuditReport;
  const out = path.join(tmp, "csv");
  const home = path.join(tmp, "home");
  mkdirSync(home);
  execFileSync(soffice(), [`-env:UserInstallation=${pathToFileURL(path.join(tmp, "profile")).href}`, "--headless", "--norestore", "--convert-to", CSV_ALL_SHEETS, "--outdir", out, path.join(tmp, "audit.xlsx")], {
    env: { ...process.env, HOME: home },
    timeout: 120_000,
    stdio: "pipe",
  });
  for (const f of readdirSync(out)) sheets.set(f.replace(/^audit-/, "").replace(/\.csv$/, ""), parseCsv(readFileSync(path.join(out, f), "utf8")));
}, 170_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the audit workbook opened by LibreOffice", () => {
  it("has every sheet, the summary with its 合计 row, and the scoring explained", () => {
    for (const n of ["汇总", "评分说明", "问题清单", "规则统计", "指标清单"]) expect(sheets.has(n), n).toBe(true);
    const summary = sheets.get("汇总")!;
    expect(summary[0].slice(0, 13)).toEqual(["部门", "等级", "得分", "文件数", "表数", "指标数", "错误", "警告", "提示", "无法读取", "未找到表", "无指标表", "按文件夹推定"]);
    expect(summary.slice(1, -1).map((r) => [r[0], r[1], Number(r[2]), Number(r[4]), Number(r[6])])).toEqual(report.audit.groups.map((g) => [g.name, g.grade, g.score, g.tables, g.errors]));
    const s = report.summary;
    expect(summary.at(-1)!.slice(0, 9)).toEqual(["合计", "", "", String(s.files), String(s.tables), String(s.indicators), String(s.errors), String(s.warnings), String(s.infos)]);
    expect(sheets.get("评分说明")!.map((r) => r[0])).toContain("计算公式");
  });

  it("has one row per finding in 问题清单 and in its department's sheet, links showing their sheet and cell", () => {
    const all = report.files.flatMap((f) => f.findings.map((x) => ({ path: f.path, ...x })));
    const list = sheets.get("问题清单")!.slice(1);
    expect(list).toHaveLength(all.length);
    list.forEach((row, i) => {
      const x = all[i];
      expect([row[0], row[1], row[4], row[7], row[10]]).toEqual([groupOfTable(report.audit, x.path, x.table), x.path, x.location?.cell ?? "", x.ruleId, x.message]);
      expect(row[11]).toBe(x.location ? `${x.location.sheet}!${x.location.cell}` : path.basename(x.path));
    });
    for (const g of report.audit.groups) {
      const mine = all.filter((x) => groupOfTable(report.audit, x.path, x.table) === g.name);
      const sheet = sheets.get(g.name);
      expect(sheet, g.name).toBeDefined();
      expect(sheet!.slice(1).map((r) => [r[0], r[3], r[6]]), g.name).toEqual(mine.map((x) => [x.path, x.location?.cell ?? "", x.ruleId]));
    }
    expect(sheets.get("指标清单")!.length - 1).toBe(report.summary.indicators);
  });
});
