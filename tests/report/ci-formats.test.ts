import { describe, expect, it } from "vitest";
import type { Finding, ValidateReport } from "../../src/model/finding.js";
import github, { ANNOTATION_LIMIT, escapeData, escapeProperty } from "../../src/report/github.js";
import gitlab from "../../src/report/gitlab.js";
import markdown, { MAX_ROWS, escapeMd } from "../../src/report/markdown.js";
import { FILE_A, FILE_B, RULES, XSS, cleanReport, context, sampleReport } from "./sample-report.js";

/** A report with many findings of each severity on one sheet (for limits and truncation). */
function bigReport(errors: number, warnings: number, infos: number): ValidateReport {
  const findings: Finding[] = [];
  const add = (n: number, severity: Finding["severity"], ruleId: string) => {
    for (let i = 0; i < n; i++) {
      const row = findings.length + 10;
      findings.push({
        ruleId,
        category: "operator",
        severity,
        messageId: "m",
        message: `${ruleId} 第 ${row} 行`,
        data: {},
        table: "表",
        indicator: `指标${row}`,
        location: { sheet: "表01", row, cell: `E${row}` },
      });
    }
  };
  add(infos, "info", "deadline-outside-year");
  add(warnings, "warning", "vague-value");
  add(errors, "error", "operator-direction");
  return {
    files: [{ path: "big.xlsx", status: "problems", tables: [{ name: "表", kind: "project", sheet: "表01", range: "A1:H200", indicatorCount: 150 }], findings }],
    summary: { files: 1, tables: 1, indicators: 150, errors, warnings, infos },
  };
}

/** Parses `::cmd k=v,k=v::data` back, undoing the escaping. */
function parseCommand(line: string) {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
  const props = Object.fromEntries((m[2] ?? "").split(",").filter(Boolean).map((kv) => {
    const i = kv.indexOf("=");
    return [kv.slice(0, i), unescape(kv.slice(i + 1))];
  }));
  return { command: m[1], props, message: unescape(m[3]) };
}

describe("github", () => {
  it("annotates errors and warnings with file, line, column and title", () => {
    const cmds = github(sampleReport(), context()).trimEnd().split("\n").map(parseCommand);
    const e14 = cmds.find((c) => c.message.includes("担保机构满意度"))!;
    expect(e14).toMatchObject({ command: "error", props: { file: FILE_A, line: "14", col: "5" } });
    expect(e14.props.title).toContain("operator-direction");
    expect(e14.message).toContain("表01!E14");
    const b = cmds.find((c) => c.message.includes("减轻成本"))!;
    expect(b.props.file).toBe(FILE_B);
    expect(b.message).toContain("含糊, 无法衡量: 100%");
    expect(cmds.find((c) => c.message.includes("促进"))!.message).toContain("促进\n发展");
    // Errors first; the unreadable file before cell findings.
    expect(cmds[0].props.file).toContain("坏文件");
    expect(cmds[0].props.line).toBeUndefined();
  });

  it("keeps to 10 errors and 10 warnings, most important first, and says how many were left out", () => {
    const out = github(bigReport(15, 12, 3), context()).trimEnd().split("\n").map(parseCommand);
    expect(out.filter((c) => c.command === "error")).toHaveLength(ANNOTATION_LIMIT);
    expect(out.filter((c) => c.command === "warning")).toHaveLength(ANNOTATION_LIMIT);
    expect(out.findIndex((c) => c.command === "warning")).toBe(ANNOTATION_LIMIT);
    const rows = out.filter((c) => c.command === "error").map((c) => Number(c.props.line));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    const notice = out.at(-1)!;
    expect(notice.command).toBe("notice");
    expect(notice.message).toContain(String(5 + 2 + 3));
    expect(github(cleanReport(), context())).toBe("");
  });

  it("escapes %, CR and LF in data, and also : and , in properties", () => {
    expect(escapeData("100%\r\nx")).toBe("100%25%0D%0Ax");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
    const r = sampleReport();
    r.files[0].path = "dir,1/a:b.xlsx";
    const line = github(r, context()).split("\n").find((l) => l.includes("E14"))!;
    expect(line).toContain("file=dir%2C1/a%3Ab.xlsx,");
    expect(parseCommand(line).props.file).toBe("dir,1/a:b.xlsx");
  });
});

describe("gitlab", () => {
  const parse = (s: string) =>
    JSON.parse(s) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];

  it("is a Code Quality array with one issue per finding, no BOM", () => {
    const text = gitlab(sampleReport(), context());
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const issues = parse(text);
    expect(issues).toHaveLength(9);
    const e14 = issues.find((i) => i.description.includes("担保机构满意度"))!;
    expect(e14).toMatchObject({ check_name: "operator-direction", severity: "major", location: { path: FILE_A, lines: { begin: 14 } } });
    expect(e14.description).toContain("表01!E14");
    expect(new Set(issues.map((i) => i.severity))).toEqual(new Set(["major", "minor", "info"]));
    expect(issues.find((i) => i.check_name === "file-unreadable")!.location.lines.begin).toBe(1);
    expect(parse(gitlab(cleanReport(), context()))).toEqual([]);
  });

  it("has unique sha256 fingerprints per cell, stable across runs and languages", () => {
    const r = bigReport(20, 20, 20);
    // Same rule and message on the same cell twice must still be two entries.
    r.files[0].findings.push({ ...r.files[0].findings[0] });
    const issues = parse(gitlab(r, context()));
    const fps = issues.map((i) => i.fingerprint);
    for (const f of fps) expect(f).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(fps).size).toBe(fps.length);
    expect(parse(gitlab(r, context({ lang: "en" }))).map((i) => i.fingerprint)).toEqual(fps);
  });
});

describe("markdown", () => {
  it("has a totals table and a findings table per file and table", () => {
    const md = markdown(sampleReport(), context());
    expect(md).toMatch(/^## /);
    expect(md).toMatch(/\| 4 \| 4 \| 38 \| 4 \| 4 \| 1 \|/);
    expect(md).toContain(`### ${escapeMd(FILE_A)}`);
    expect(md).toContain("**融资担保补助项目** (表01!A1:H20)");
    expect(md).toMatch(/\| ❌ \| E14 \| 满意度指标“担保机构满意度”用了 &lt;=，应为 &gt;= \| `operator-direction` \|/);
    expect(md).toContain("2 个问题可用 pbm fix 自动修复");
  });

  it("keeps cell text inside its table cell: escapes |, markup and line breaks", () => {
    expect(escapeMd("a|b\nc<d>*e*")).toBe("a\\|b<br>c&lt;d&gt;\\*e\\*");
    const md = markdown(sampleReport(), context());
    expect(md).not.toContain(XSS);
    expect(md).not.toContain("<script>");
    // Every finding row has exactly the 5 pipes of its 4 columns, whatever its text held.
    const r = sampleReport();
    r.files[0].findings[0].message = "a | b\nc";
    const rows = markdown(r, context()).split("\n").filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l));
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|").length - 1, row).toBe(5);
  });

  it("says when only errors are shown", () => {
    expect(markdown(sampleReport(), context({ quiet: true }))).toContain("--quiet");
    expect(markdown(sampleReport(), context())).not.toContain("--quiet");
  });

  it("truncates beyond MAX_ROWS with a note", () => {
    const md = markdown(bigReport(80, 60, 10), context({ lang: "en" }));
    expect(md.split("\n").filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l))).toHaveLength(MAX_ROWS);
    expect(md).toContain(`Only the first ${MAX_ROWS} of 150 problems are listed`);
    expect(markdown(cleanReport(), context({ lang: "en" }))).toContain("✔ No problems found");
    void RULES;
  });
});
