/**
 * The reporters on real findings: the seed tables (text export and xlsx) and a corrupt workbook, run
 * through the CLI in process, then each CI format checked by its consumer's rules.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { ValidateReport } from "../../src/model/finding.js";

class Sink extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

const SEED = resolve("fixtures/seed");
let dir: string;

async function run(format: string): Promise<{ code: number; out: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(["validate", "预算", "-f", format], { stdout, stderr, cwd: dir, env: {} });
  expect(stderr.text, stderr.text).not.toMatch(/at .*\.ts:\d+/);
  return { code, out: stdout.text };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pbm-seed-formats-"));
  mkdirSync(join(dir, "预算", "教育局"), { recursive: true });
  copyFileSync(join(SEED, "shenyang-2022-report-and-2023-targets.txt"), join(dir, "预算", "沈阳 2023 绩效目标#1.txt"));
  copyFileSync(join(SEED, "seed-per-sheet.xlsx"), join(dir, "预算", "教育局", "分表.xlsx"));
  writeFileSync(join(dir, "预算", "坏文件.xlsx"), Buffer.from("PK\u0003\u0004 this is not a zip"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reporters on the seed", () => {
  let report: ValidateReport;
  let total: number;

  beforeAll(async () => {
    const { code, out } = await run("json");
    expect(code).toBe(1);
    report = JSON.parse(out) as ValidateReport;
    total = report.files.reduce((n, f) => n + f.findings.length, 0);
  });

  it("has real findings of every kind to report", () => {
    expect(report.files).toHaveLength(3);
    expect(report.files.some((f) => f.status === "error")).toBe(true);
    expect(total).toBeGreaterThan(50);
  });

  it("SARIF: one result per finding, and the SARIF multitool finds no error or warning", async () => {
    const { out } = await run("sarif");
    const log = JSON.parse(out) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const results = log.runs[0].results;
    expect(results).toHaveLength(total);
    const ids = new Set(log.runs[0].tool.driver.rules.map((r) => r.id));
    for (const r of results) {
      expect(ids.has(r.ruleId), r.ruleId).toBe(true);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const file = join(dir, "pbm.sarif");
    writeFileSync(file, out);
    const pkg = resolve("node_modules/@microsoft/sarif-multitool-linux");
    const validation = join(dir, "validation.sarif");
    execFileSync(join(pkg, "Sarif.Multitool"), ["validate", file, "--json-schema", join(pkg, "sarif-2.1.0.json"), "--output", validation, "--log", "ForceOverwrite", "--level", "Error", "Warning"], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" },
      stdio: "pipe",
      timeout: 120_000,
    });
    const v = JSON.parse(readFileSync(validation, "utf8")) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string } }[]; invocations: { executionSuccessful: boolean }[] }[] };
    expect(v.runs[0].invocations[0].executionSuccessful).toBe(true);
    const problems = (v.runs[0].results ?? []).filter((r) => (r.level ?? "warning") !== "note").map((r) => `${r.ruleId} ${r.message.text ?? ""}`);
    expect(problems).toEqual([]);
  });

  it("JUnit: every suite's test names are unique and the counts add up", async () => {
    const { out } = await run("junit");
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "testsuite" || n === "testcase" }).parse(out) as {
      testsuites: { "@_tests": string; testsuite: { "@_tests": string; "@_failures": string; testcase: { "@_name": string; failure?: unknown; skipped?: unknown }[] }[] };
    };
    const suites = doc.testsuites.testsuite;
    expect(suites).toHaveLength(report.files.length);
    let findings = 0;
    for (const s of suites) {
      const names = s.testcase.map((c) => c["@_name"]);
      expect(new Set(names).size).toBe(names.length);
      expect(Number(s["@_tests"])).toBe(s.testcase.length);
      expect(Number(s["@_failures"])).toBe(s.testcase.filter((c) => c.failure !== undefined).length);
      findings += s.testcase.filter((c) => c.failure !== undefined || c.skipped !== undefined).length;
    }
    expect(findings).toBe(total);
  });

  it("GitLab: one issue per finding with unique fingerprints", async () => {
    const { out } = await run("gitlab");
    const issues = JSON.parse(out) as { fingerprint: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues).toHaveLength(total);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(total);
    for (const i of issues) expect(i.location.path.startsWith("预算/")).toBe(true);
  });

  it("GitHub: at most 10 errors and 10 warnings, and a notice for the rest", async () => {
    const { out } = await run("github");
    const lines = out.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error ")).length).toBeLessThanOrEqual(10);
    expect(lines.filter((l) => l.startsWith("::warning ")).length).toBe(10);
    expect(lines.at(-1)).toMatch(/^::notice title=pbm::另有 \d+ 个问题/);
  });
});
