/**
 * The audit's parts on their own: score bands, shards, grouping, batch checks, totals, progress
 * lines, the worker pool (with a stand-in worker) and the three report formatters read back.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { type AuditInput, type AuditTable, viewOfReport } from "../../src/model/audit.js";
import type { FileReport, Finding } from "../../src/model/finding.js";
import { batchChecks } from "../../src/audit/batch-checks.js";
import { buildAuditReport, buildAuditView, memorySource } from "../../src/audit/build.js";
import { encodeRecord, recordHead, recordInput, recordReport } from "../../src/audit/record.js";
import { materialize } from "../../src/model/audit.js";
import { groupAll } from "../../src/audit/group.js";
import { mergeReports } from "../../src/audit/merge.js";
import { runPool, type TaskOutcome } from "../../src/audit/pool.js";
import { Progress, progressLine } from "../../src/audit/progress.js";
import { grade, score, scoringSpec } from "../../src/audit/score.js";
import { inShard, parseShard } from "../../src/audit/shard.js";
import auditHtml from "../../src/report/audit-html.js";
import auditSummary from "../../src/report/audit-summary.js";
import auditXlsx from "../../src/report/audit-xlsx.js";
import type { ReportContext } from "../../src/report/types.js";

const FAKE_WORKER = fileURLToPath(new URL("./fixtures/fake-worker.mjs", import.meta.url));
const BROKEN_WORKER = fileURLToPath(new URL("./fixtures/broken-worker.mjs", import.meta.url));

function tbl(init: Partial<AuditTable> & { name: string }): AuditTable {
  return {
    kind: "project",
    sheet: "Sheet1",
    range: "A1:H20",
    department: null,
    implementer: null,
    year: 2023,
    budget: null,
    budgetCell: "B6",
    targets: "t0",
    indicators: [],
    ...init,
  };
}

function finding(ruleId: string, severity: Finding["severity"], table: string | null = "T", cell = "F10"): Finding {
  return {
    ruleId,
    category: "operator",
    severity,
    messageId: "m",
    message: `${ruleId} message <b>&`,
    data: {},
    table,
    indicator: "服务对象满意度",
    location: { sheet: "Sheet1", row: 10, cell },
  };
}

function fileReport(path: string, tables: { name: string; n: number; department?: string }[], findings: Finding[]): FileReport {
  return {
    path,
    status: "ok",
    tables: tables.map((t) => ({ name: t.name, kind: "project", sheet: "Sheet1", range: "A1:H20", indicatorCount: t.n, department: t.department ?? null, year: 2023 })),
    findings,
  };
}

const ctx: ReportContext = { cwd: "/", lang: "zh", rules: [], color: false, version: "0" };

const sc = (errors: number, warnings: number, tables: number, more: Partial<Parameters<typeof score>[0]> = {}) =>
  score({ tables, errors, warnings, infos: 0, unreadable: 0, noTable: 0, noIndicators: 0, ...more });

describe("score and grade", () => {
  it("charges 10 per error and 3 per warning, per table, within 0–100", () => {
    expect(sc(0, 0, 5)).toBe(100);
    expect(sc(1, 2, 4)).toBe(100 - 16 / 4);
    expect(sc(50, 0, 1)).toBe(0);
  });
  it("charges a whole table for an unreadable file, a file with no table and a table with no indicator", () => {
    expect(sc(0, 0, 0, { unreadable: 1 })).toBe(0);
    expect(sc(0, 0, 0, { unreadable: 2, noTable: 1 })).toBe(0);
    expect(grade(sc(0, 0, 0, { noTable: 3 }))).toBe("差");
    expect(sc(0, 0, 3, { unreadable: 1 })).toBe(75);
    expect(sc(0, 0, 4, { noIndicators: 1 })).toBe(75);
  });
  it("takes its weights and bands from the config", () => {
    const spec = scoringSpec({ weights: { failure: 50, warning: 0 }, grades: [{ name: "合格", min: 60 }, { name: "不合格", min: 0 }] });
    expect(spec.weights).toEqual({ failure: 50, error: 10, warning: 0, info: 0 });
    expect(score({ tables: 1, unreadable: 1, noTable: 0, noIndicators: 0, errors: 0, warnings: 9, infos: 0 }, spec)).toBe(75);
    expect([grade(75, spec), grade(59.9, spec)]).toEqual(["合格", "不合格"]);
  });
  it("uses the 90/80/60 bands", () => {
    expect([grade(90), grade(89.9), grade(80), grade(79.9), grade(60), grade(59.9)]).toEqual(["优", "良", "良", "中", "中", "差"]);
  });
});

describe("--shard", () => {
  it("parses i/n and rejects nonsense", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/2", "3/2", "1/0", "a/b", "1", "1/2/3"]) expect(parseShard(bad)).toBeUndefined();
  });
  it("puts every path in exactly one shard, the same way every time", () => {
    const paths = Array.from({ length: 200 }, (_, i) => `部门${i % 17}/表${i}.xlsx`);
    const n = 3;
    const owners = paths.map((p) => [1, 2, 3].filter((i) => inShard(p, { index: i, count: n })));
    expect(owners.every((o) => o.length === 1)).toBe(true);
    const sizes = [1, 2, 3].map((i) => owners.filter((o) => o[0] === i).length);
    expect(Math.min(...sizes)).toBeGreaterThan(40);
    expect(paths.map((p) => inShard(p, { index: 2, count: n }))).toEqual(paths.map((p) => inShard(p, { index: 2, count: n })));
  });
});

describe("grouping", () => {
  const inputs: AuditInput[] = [
    { path: "a/x.xlsx", sha256: "1", bytes: 1, tables: [tbl({ name: "P1", department: "沈阳市教育局-" })] },
    { path: "a/y.xlsx", sha256: "2", bytes: 1, tables: [tbl({ name: "P2", implementer: "沈阳市教育局本级" })] },
    { path: "a/broken.xlsx", sha256: "3", bytes: 1, tables: [] },
    { path: "b/z.xlsx", sha256: "4", bytes: 1, tables: [tbl({ name: "沈阳市民政局", kind: "department" })] },
    { path: "c/empty.csv", sha256: "5", bytes: 1, tables: [] },
  ];
  it("by department: 主管部门, else 实施单位, else a 部门整体 table's name, else the folder's department or name", () => {
    const g = groupAll(inputs, "department");
    expect(Object.fromEntries(g)).toEqual({
      "a/x.xlsx": "沈阳市教育局",
      "a/y.xlsx": "沈阳市教育局本级",
      "a/broken.xlsx": "沈阳市教育局",
      "b/z.xlsx": "沈阳市民政局",
      "c/empty.csv": "c",
    });
  });
  it("by folder and by file", () => {
    expect(groupAll(inputs, "folder").get("a/y.xlsx")).toBe("a");
    expect(groupAll(inputs, "file").get("a/y.xlsx")).toBe("a/y.xlsx");
  });
});

describe("batch checks", () => {
  it("flags an identical file once, on the later copy", () => {
    const found = batchChecks(
      [
        { path: "d/b.xlsx", sha256: "same", bytes: 9, tables: [] },
        { path: "d/a.xlsx", sha256: "same", bytes: 9, tables: [] },
        { path: "d/c.xlsx", sha256: "other", bytes: 9, tables: [] },
      ],
      "zh",
    );
    expect(found.map((f) => [f.path, f.finding.ruleId, f.finding.severity, f.finding.category])).toEqual([["d/b.xlsx", "batch-duplicate-file", "warning", "consistency"]]);
    expect(found[0].finding.message).toContain("d/a.xlsx");
  });

  it("applies the config to the batch rules: another severity, or off", () => {
    const twice: AuditInput[] = [
      { path: "d/a.xlsx", sha256: "same", bytes: 9, tables: [] },
      { path: "d/b.xlsx", sha256: "same", bytes: 9, tables: [] },
    ];
    expect(batchChecks(twice, "zh", { "batch-duplicate-file": { severity: "error" } }).map((f) => f.finding.severity)).toEqual(["error"]);
    expect(batchChecks(twice, "zh", { "batch-duplicate-file": { severity: "off" } })).toEqual([]);
  });

  it("flags the same project in two files with other budgets or targets, on both, pointing at the budget", () => {
    const found = batchChecks(
      [
        { path: "x/1.xlsx", sha256: "1", bytes: 1, tables: [tbl({ name: "融资担保补助项目", budget: 800 })] },
        { path: "y/2.xlsx", sha256: "2", bytes: 1, tables: [tbl({ name: " 融资担保补助项目", budget: 1200, budgetCell: "B9" })] },
        { path: "z/3.xlsx", sha256: "3", bytes: 1, tables: [tbl({ name: "同名同目标", budget: 5 })] },
        { path: "z/4.xlsx", sha256: "4", bytes: 1, tables: [tbl({ name: "同名同目标", budget: 5.000001 })] },
        { path: "w/5.xlsx", sha256: "5", bytes: 1, tables: [tbl({ name: "只改目标", budget: 5, targets: "a" })] },
        { path: "w/6.xlsx", sha256: "6", bytes: 1, tables: [tbl({ name: "只改目标", budget: 5, targets: "b" })] },
      ],
      "zh",
    );
    const dup = found.filter((f) => f.finding.ruleId === "batch-duplicate-project");
    expect(dup.map((f) => [f.path, f.finding.table, f.finding.location?.cell])).toEqual([
      ["w/5.xlsx", "只改目标", "A1"],
      ["w/6.xlsx", "只改目标", "A1"],
      ["x/1.xlsx", "融资担保补助项目", "B6"],
      ["y/2.xlsx", " 融资担保补助项目", "B9"],
    ]);
    expect(dup[2].finding.message).toContain("y/2.xlsx");
    expect(dup[2].finding.message).toContain("1200");
  });

  it("compares a 部门整体 budget with the sum of the department's project tables", () => {
    const inputs = (deptBudget: number): AuditInput[] => [
      { path: "e/p1.xlsx", sha256: "1", bytes: 1, tables: [tbl({ name: "P1", department: "沈阳市教育局", budget: 100 }), tbl({ name: "T", kind: "transfer", department: "沈阳市教育局", budget: 999 })] },
      { path: "e/p2.xlsx", sha256: "2", bytes: 1, tables: [tbl({ name: "P2", department: "沈阳市教育局-", budget: 50.5 })] },
      { path: "e/dept.xlsx", sha256: "3", bytes: 1, tables: [tbl({ name: "沈阳市教育局", kind: "department", budget: deptBudget, budgetCell: "B5" })] },
    ];
    expect(batchChecks(inputs(150.5), "zh")).toEqual([]);
    const found = batchChecks(inputs(300), "en");
    expect(found.map((f) => [f.path, f.finding.ruleId, f.finding.location?.cell, f.finding.data])).toEqual([
      ["e/dept.xlsx", "batch-department-budget", "B5", { department: "沈阳市教育局", budget: 300, sum: 150.5, count: 2 }],
    ]);
  });
});

describe("buildAuditReport", () => {
  const files = [
    fileReport("d1/a.xlsx", [{ name: "T1", n: 10 }, { name: "T2", n: 5 }], [finding("r-err", "error"), finding("r-warn", "warning"), finding("r-warn", "warning")]),
    fileReport("d2/b.xlsx", [{ name: "T3", n: 7 }], [finding("r-info", "info")]),
    fileReport("d1/c.xlsx", [{ name: "T4", n: 2 }], []),
  ];
  const inputs: AuditInput[] = [
    { path: "d1/a.xlsx", sha256: "h1", bytes: 1, tables: [tbl({ name: "T1", department: "甲局" }), tbl({ name: "T2", department: "甲局" })] },
    { path: "d2/b.xlsx", sha256: "h2", bytes: 1, tables: [tbl({ name: "T3", department: "乙局" })] },
    { path: "d1/c.xlsx", sha256: "h1", bytes: 1, tables: [tbl({ name: "T4", department: "甲局" })] },
  ];
  const r = buildAuditReport(files, inputs, "department", "zh");

  it("counts files, tables, indicators and findings, batch findings included", () => {
    expect(r.summary).toEqual({ files: 3, tables: 4, indicators: 24, errors: 1, warnings: 3, infos: 1 });
    expect(r.files.map((f) => f.path)).toEqual(["d1/a.xlsx", "d1/c.xlsx", "d2/b.xlsx"]);
    expect(r.files[1].findings.map((f) => f.ruleId)).toEqual(["batch-duplicate-file"]);
    expect(r.files.map((f) => f.status)).toEqual(["problems", "problems", "ok"]);
  });

  it("scores each group, worst first, with its top rules", () => {
    expect(r.audit.groups.map((g) => [g.name, g.files, g.tables, g.errors, g.warnings, g.score, g.grade])).toEqual([
      ["甲局", 2, 3, 1, 3, 93.7, "优"],
      ["乙局", 1, 1, 0, 0, 100, "优"],
    ]);
    expect(r.audit.groups[0].topRules[0]).toEqual({ ruleId: "r-warn", count: 2 });
    expect(r.audit.rules.find((x) => x.ruleId === "r-warn")).toMatchObject({ count: 2, files: 1, groups: 1 });
  });

  it("merging two halves gives the same report as building the whole", () => {
    const half = (keep: (p: string) => boolean) => buildAuditReport(files.filter((f) => keep(f.path)), inputs.filter((i) => keep(i.path)), "department", "zh");
    const merged = mergeReports(
      [
        { file: "1.json", report: JSON.parse(JSON.stringify(half((p) => p.startsWith("d1/a")))) },
        { file: "2.json", report: JSON.parse(JSON.stringify(half((p) => !p.startsWith("d1/a")))) },
      ],
      "zh",
    );
    expect(merged).toEqual(r);
  });
});

describe("spool records", () => {
  // Own findings of every kind the JSON must keep as they are: integer-like data keys, escapes, a fix,
  // a file-level finding; a cached report (a key after the findings); an unreadable file; a copy.
  const odd: Finding = { ...finding("r-warn", "warning", "T1"), message: "引号\"与\n换行\u2028", data: { 10: "x", 2: 3, name: "甲" }, fix: { kind: "replace", cell: "F10", from: "a", to: "b" } as unknown as Finding["fix"] };
  const files: FileReport[] = [
    { ...fileReport("d1/a.xlsx", [{ name: "T1", n: 2 }], [odd, finding("r-info", "info", null)]), cached: true },
    fileReport("d1/b.xlsx", [{ name: "T1", n: 2 }], []),
    { ...fileReport("d2/broken.xlsx", [], [finding("file-unreadable", "error", null)]), status: "error" },
    fileReport("d2/c.xlsx", [{ name: "T9", n: 1 }], [finding("r-info", "info")]),
  ];
  const ind = { cell: "C5", level1: "产出指标", level2: "数量指标", name: "培训人次", operator: "≥", value: 10, unit: "人次", deadline: null };
  const inputs: AuditInput[] = [
    { path: "d1/a.xlsx", sha256: "h1", bytes: 9, tables: [tbl({ name: "T1", department: "甲局", indicators: [ind] })] },
    { path: "d1/b.xlsx", sha256: "h1", bytes: 9, tables: [tbl({ name: "T1", department: "甲局", indicators: [ind] })] },
    { path: "d2/broken.xlsx", sha256: null, bytes: null, tables: [] },
  ];

  it("hold a file's report and input as they were, the head without the indicators", () => {
    const rec = Buffer.from(encodeRecord(files[0], inputs[0]));
    // The status is the one every report shows: over the findings (a warning makes it "problems").
    expect(recordReport(rec)).toEqual(JSON.parse(JSON.stringify({ ...files[0], status: "problems" })));
    expect(recordInput(rec)).toEqual(inputs[0]);
    const head = recordHead(rec);
    expect(head.input.tables[0].indicators).toEqual([]);
    expect(head.counts).toEqual([
      ["T1", "服务对象满意度", "r-warn", "warning", "operator", 1],
      [null, "服务对象满意度", "r-info", "info", "operator", 1],
    ]);
  });

  it("give a JSON report byte for byte equal to JSON.stringify of the whole audit (batch findings and status put in)", () => {
    for (const groupBy of ["department", "folder", "file"] as const) {
      const v = buildAuditView(memorySource(files, inputs), { groupBy, lang: "zh" });
      const chunks: Buffer[] = [];
      v.writeJson((c) => chunks.push(Buffer.from(c)));
      const whole = materialize(v);
      // b.xlsx is a copy of a.xlsx: its batch finding turns "ok" into "problems".
      expect(whole.files.find((f) => f.path === "d1/b.xlsx")).toMatchObject({ status: "problems", findings: [{ ruleId: "batch-duplicate-file" }] });
      expect(Buffer.concat(chunks).toString("utf8")).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    }
  });

  it("count like the findings they stand for", () => {
    const r = buildAuditReport(files, inputs, "department", "zh");
    expect(r.summary).toMatchObject({ files: 4, errors: 1, warnings: 2, infos: 2 });
    expect(r.audit.rules.find((x) => x.ruleId === "r-info")).toMatchObject({ count: 2, files: 2 });
  });
});

describe("progress", () => {
  it("formats done/total, rate and ETA in both languages", () => {
    expect(progressLine(120, 480, 4000, "zh")).toBe("已检查 120/480 个文件（30.0 个/秒，预计剩余 12 秒）");
    expect(progressLine(120, 480, 4000, "en")).toBe("Checked 120/480 files (30.0 files/s, about 12 s left)");
  });

  it("without a terminal prints plain lines every 10 % or 2 s, and the last one", () => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress({ stream: { write: (s: string) => out.push(s) }, total: 100, lang: "zh", now: () => t });
    for (let i = 0; i < 100; i++) {
      t += 10;
      p.tick();
    }
    p.end();
    expect(out).toHaveLength(10);
    expect(out.every((l) => l.endsWith("\n") && !l.includes("\r"))).toBe(true);
    expect(out.at(-1)).toContain("100/100");
  });

  it("on a terminal rewrites one line and ends it", () => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress({ stream: { write: (s: string) => out.push(s), isTTY: true }, total: 5, lang: "en", now: () => t });
    for (let i = 0; i < 5; i++) {
      t += 200;
      p.tick();
    }
    p.end();
    expect(out.slice(0, -1).every((l) => l.startsWith("\r"))).toBe(true);
    expect(out.at(-2)).toContain("5/5");
    expect(out.at(-1)).toBe("\n");
  });
});

describe("worker pool", () => {
  it("turns a hang, a heap overflow and a crash into outcomes and finishes the rest", async () => {
    const tasks = [{ id: 0 }, { id: 1, mode: "hang" }, { id: 2 }, { id: 3, mode: "oom" }, { id: 4 }, { id: 5, mode: "throw" }, { id: 6 }, { id: 7 }];
    const outcomes: TaskOutcome<{ id: number }>[] = [];
    // 5 s, not 1: on a loaded machine (load 10 on 2 cores) the heap overflow took longer than 1 s to happen
    // and came out as a timeout.
    await runPool<(typeof tasks)[number], { id: number }>(tasks, { jobs: 2, maxMemoryMb: 32, timeoutS: 5, filename: FAKE_WORKER }, (i, o) => {
      outcomes[i] = o;
    });
    expect(outcomes.map((o) => (o.ok ? o.result.id : o.code))).toEqual([0, "timeout", 2, "out-of-memory", 4, "crash", 6, 7]);
  });

  it("stops with an error, instead of blaming every file, when the worker module cannot load", async () => {
    const done: number[] = [];
    const started = Date.now();
    await expect(runPool([{ id: 0 }, { id: 1 }, { id: 2 }], { jobs: 2, maxMemoryMb: 64, timeoutS: 30, filename: BROKEN_WORKER }, (i) => done.push(i))).rejects.toThrow(
      /工作线程无法启动.*cannot load this worker/,
    );
    expect(done).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("formatters", () => {
  const files = [
    fileReport("d/a<b>.xlsx", [{ name: "T<1>", n: 3, department: "甲局" }], [finding("r-err", "error", "T<1>"), finding("r-warn", "warning", "T<1>", "F11")]),
    fileReport("d/c.xlsx", [{ name: "T2", n: 4 }], []),
  ];
  const inputs: AuditInput[] = [
    {
      path: "d/a<b>.xlsx",
      sha256: "1",
      bytes: 1,
      tables: [
        tbl({
          name: "T<1>",
          department: "甲局<script>",
          indicators: [
            { cell: "D10", level1: "产出指标", level2: "数量指标", name: "户数", operator: ">=", value: 5, unit: "户", deadline: "2023 年 12 月" },
            { cell: "D11", level1: "满意度指标", level2: null, name: "满意度", operator: ">=", value: 0.9, unit: "%", deadline: null },
            { cell: "D12", level1: "效益指标", level2: null, name: "效果", operator: null, value: "=SUM(A1)", unit: null, deadline: null },
          ],
        }),
      ],
    },
    { path: "d/c.xlsx", sha256: "2", bytes: 1, tables: [tbl({ name: "T2", department: "乙局" })] },
  ];
  const report = buildAuditReport(files, inputs, "department", "zh");
  const view = viewOfReport(report);

  it("xlsx: the sheets, one row per finding and indicator, totals, widths and autofilters", () => {
    const wb = XLSX.read(auditXlsx(view, ctx), { type: "buffer", cellStyles: true });
    expect(wb.SheetNames).toEqual(["汇总", "评分说明", "问题清单", "规则统计", "指标清单", "甲局<script>", "乙局"]);
    const rows = (n: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[n]);
    expect(rows("问题清单")).toHaveLength(2);
    expect(rows("问题清单")[0]).toMatchObject({ 部门: "甲局<script>", 文件: "d/a<b>.xlsx", 表: "T<1>", 单元格: "F10", 规则: "r-err", 级别: "错误" });
    expect(rows("指标清单")).toHaveLength(3);
    expect(rows("指标清单")[2]).toMatchObject({ 指标值: "=SUM(A1)" });
    expect(wb.Sheets["指标清单"]["J4"].f).toBeUndefined();
    expect(rows("甲局<script>")).toHaveLength(2);
    expect(rows("甲局<script>")[1]).toMatchObject({ 文件: "d/a<b>.xlsx", 单元格: "F11", 打开: "Sheet1!F11" });
    expect(wb.Sheets["甲局<script>"]["K3"].f).toBe(`HYPERLINK("d/a<b>.xlsx#'Sheet1'!F11","Sheet1!F11")`);
    const total = rows("汇总").at(-1);
    expect(total).toMatchObject({ 部门: "合计", 文件数: 2, 表数: 2, 指标数: 7, 错误: 1, 警告: 1 });
    for (const n of wb.SheetNames.filter((x) => x !== "评分说明")) {
      expect(wb.Sheets[n]["!autofilter"]?.ref, n).toMatch(/^A1:[A-Z]+\d+$/);
      expect(wb.Sheets[n]["!cols"]?.length).toBeGreaterThan(0);
    }
  });

  it("html: self-contained, escaped, with the three charts", () => {
    const html = auditHtml(view, ctx);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("甲局&lt;script&gt;");
    expect(html).toContain("d/a&lt;b&gt;.xlsx");
    expect(html.match(/<svg /g)).toHaveLength(3);
  });

  it("terminal summary: one row per department and the score formula", () => {
    const text = auditSummary(view, { ...ctx, lang: "en" });
    expect(text).toContain("甲局<script>");
    expect(text).toContain("乙局");
    expect(text).toContain("score = 100");
  });
});
