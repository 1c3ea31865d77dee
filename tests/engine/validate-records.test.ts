import { describe, expect, it } from "vitest";
import { validateRecords } from "../../src/api/validate-file.js";
import { summarize } from "../../src/api/validate-files.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { defineRule, type RuleModule } from "../../src/model/finding.js";
import type { Table } from "../../src/model/records.js";
import { project } from "../helpers/tsv.js";

const everyIndicator = defineRule({
  id: "every-indicator",
  meta: {
    name: { zh: "每个指标", en: "Every indicator" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: { summary: { zh: "测试", en: "test" } },
    messages: { seen: { zh: "指标 {name}", en: "indicator {name}" } },
  },
  *check(t) {
    for (const ind of t.indicators) yield { messageId: "seen", data: { name: ind.name }, indicator: ind };
  },
}) as unknown as RuleModule<string, unknown>;

// validateRecords runs the real catalogue; an empty `extends` leaves only what a test enables.
const config = resolveConfig({ extends: [], rules: { "file-unreadable": "error", "no-tables": "error" } });

describe("validateRecords", () => {
  it("an unreadable file: status error, one file-unreadable finding with the reader's message", () => {
    const { report, tables } = validateRecords(
      { path: "/x/坏.xlsx", format: null, encoding: null, error: { code: "corrupt", message: "文件已损坏，无法打开：/x/坏.xlsx（截断）" }, tables: [] },
      { config, lang: "zh" },
    );
    expect(tables).toEqual([]);
    expect(report).toEqual({
      path: "/x/坏.xlsx",
      status: "error",
      tables: [],
      findings: [
        {
          ruleId: "file-unreadable",
          category: "parse",
          severity: "error",
          messageId: "corrupt",
          message: "文件已损坏，无法打开：/x/坏.xlsx（截断）",
          data: { file: "/x/坏.xlsx", code: "corrupt" },
          table: null,
          indicator: null,
          location: null,
        },
      ],
    });
    expect(summarize([report])).toEqual({ files: 1, tables: 0, indicators: 0, errors: 1, warnings: 0, infos: 0 });
  });

  it("a readable file without any table is a no-tables error saying what was looked for, never a silent pass", () => {
    const { report } = validateRecords({ path: "a.csv", format: "csv", encoding: "utf-8", error: null, tables: [] }, { config: resolveConfig({}), lang: "en" });
    expect(report.status).toBe("problems");
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.category, f.location])).toEqual([["no-tables", "error", "parse", null]]);
    expect(report.findings[0].message).toContain("a.csv");
    expect(report.findings[0].message).toContain("三级指标");
  });

  it("the file rules are configured like every rule: severity and off", () => {
    const empty = { path: "a.csv", format: "csv", encoding: "utf-8", error: null, tables: [] };
    const warn = validateRecords(empty, { config: resolveConfig({ rules: { "no-tables": "warning" } }), lang: "zh" }).report;
    expect(warn.findings.map((f) => [f.ruleId, f.severity])).toEqual([["no-tables", "warning"]]);
    const off = validateRecords(empty, { config: resolveConfig({ rules: { "no-tables": "off" } }), lang: "zh" }).report;
    expect(off.findings).toEqual([]);
    expect(off.status).toBe("ok");
    // A file that cannot be read stays an error file even with its finding turned off.
    const bad = { path: "b.xlsx", format: null, encoding: null, error: { code: "corrupt", message: "坏" }, tables: [] };
    expect(validateRecords(bad, { config: resolveConfig({ rules: { "file-unreadable": "off" } }), lang: "zh" }).report.status).toBe("error");
  });

  it("summarizes tables and reports ok when nothing is enabled", () => {
    const t = project({ name: "项目甲", department: "教育局" }, [["产出指标", "数量指标", "培训人次", ">=", "10", "人次", ""]]);
    const { report, tables } = validateRecords({ path: "a.xlsx", format: "xlsx", encoding: null, error: null, tables: [t] }, { config, lang: "zh" });
    expect(tables).toEqual([t]);
    expect(report.status).toBe("ok");
    expect(report.tables).toEqual([{ name: "项目甲", kind: "project", sheet: "Sheet1", range: t.location.range, indicatorCount: 1, department: "教育局", year: 2023 }]);
  });
});

describe("runRules across tables", () => {
  it("sorts findings of several tables by the workbook's sheet order, then row", async () => {
    const { runRules, sortFindings } = await import("../../src/engine/run-rules.js");
    const cfg = resolveConfig({}, { catalogue: [everyIndicator] });
    const onSheet = (t: Table, sheet: string, rowShift: number): Table => ({
      ...t,
      location: { ...t.location, sheet },
      indicators: t.indicators.map((i) => ({ ...i, location: { ...i.location, sheet, row: i.location.row + rowShift, cell: `D${i.location.row + rowShift}` } })),
    });
    const row = (name: string) => [["产出指标", "数量指标", name, ">=", "1", "个", ""]];
    const b = onSheet(project({ name: "乙" }, row("乙1")), "表2", 0);
    const a = onSheet(project({ name: "甲" }, row("甲1")), "表1", 11);
    const a2 = onSheet(project({ name: "甲2" }, row("甲2")), "表1", -4);
    const all = [b, a, a2].flatMap((t) => runRules(t, cfg, "zh", [everyIndicator]));
    expect(sortFindings(all, ["表1", "表2"]).map((f) => f.indicator)).toEqual(["甲2", "甲1", "乙1"]);
  });
});
