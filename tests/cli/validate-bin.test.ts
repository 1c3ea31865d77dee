/** The real binary: exit codes, --max-warnings, --quiet, --cache and stdin through bin/pbm.js. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ValidateReport } from "../../src/model/finding.js";
import { validateFiles } from "../../src/api/validate-files.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { SEED_TEXT, SEED_TWINS } from "../helpers/expected.js";
import { BAD, workspace } from "./validate-helpers.js";

function pbm(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: "utf8", env: { ...process.env, PBM_LANG: "", NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// dist/ is built once, before any test file runs, by tests/global-setup.ts.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = path.join(root, "bin", "pbm.js");

describe("bin/pbm.js validate", () => {
  it("exits 0 clean, 1 with errors, 2 on usage errors", () => {
    const cwd = workspace();
    const ok = pbm(["validate", "good.txt"], cwd);
    expect(ok.code, ok.stderr).toBe(0);
    const bad = pbm(["validate", "bad.txt"], cwd);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("vague-value");
    expect(bad.stdout.includes("\u001b[")).toBe(false); // NO_COLOR
    const usage = pbm(["validate", "nope-*.xls"], cwd);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("nope-*.xls");
    expect(usage.stderr).not.toContain("    at "); // no stack trace
  });

  it("--max-warnings and --quiet", () => {
    const cwd = workspace();
    expect(pbm(["validate", "warn.txt"], cwd).code).toBe(0);
    expect(pbm(["validate", "warn.txt", "--max-warnings", "0"], cwd).code).toBe(1);
    const quiet = pbm(["validate", "warn.txt", "bad.txt", "--quiet", "-f", "json"], cwd);
    expect(quiet.code).toBe(1);
    const report = JSON.parse(quiet.stdout) as ValidateReport;
    expect(report.files.flatMap((f) => f.findings).every((f) => f.severity === "error")).toBe(true);
  });

  it("--cache: the second run is a cache hit", () => {
    const cwd = workspace();
    const first = JSON.parse(pbm(["validate", "bad.txt", "--cache", "-f", "json"], cwd).stdout) as ValidateReport;
    const second = pbm(["validate", "bad.txt", "--cache", "-f", "json"], cwd);
    expect(second.code).toBe(1);
    const report = JSON.parse(second.stdout) as ValidateReport;
    expect(first.files[0].cached).toBeUndefined();
    expect(report.files[0].cached).toBe(true);
    expect(report.files[0].findings).toEqual(first.files[0].findings);
  });

  it("--stdin with --stdin-filename", () => {
    const cwd = workspace();
    const r = pbm(["validate", "--stdin", "--stdin-filename", "x.txt", "-f", "json", "--lang", "en"], cwd, BAD);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as ValidateReport;
    expect(report.files[0].path).toBe(path.join(cwd, "x.txt"));
    expect(report.files[0].findings[0].message).toMatch(/^Indicator/);
  });

  it("an invalid config exits 2 with a message naming the field", () => {
    const cwd = workspace({ "pbm.config.json": JSON.stringify({ rules: { "vague-value": ["error", { words: "促进" }] } }) });
    const r = pbm(["validate", "good.txt"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("vague-value");
    expect(r.stderr).toContain("words");
  });
});

describe("validateFiles on worker threads (dist/api/validate-worker.js)", () => {
  it("gives the same report as in this thread, in input order", { timeout: 120_000 }, async () => {
    const cwd = workspace({ "empty.txt": "" });
    const files = [SEED_TEXT, ...SEED_TWINS, path.join(cwd, "bad.txt"), path.join(cwd, "empty.txt")];
    const config = resolveConfig({ extends: ["strict"] });
    const inThread = await validateFiles(files, { config, lang: "zh", jobs: 1 });
    const workerFile = path.join(root, "dist", "api", "validate-worker.js");
    const pooled = await validateFiles(files, { config, lang: "zh", jobs: 2, workerFile });
    expect(pooled.files.map((f) => f.path)).toEqual(files);
    expect(pooled).toEqual(inThread);
    expect(pooled.files.at(-1)?.status).toBe("error");
  });
});
