/**
 * `pbm audit --resume`: the real CLI killed (SIGKILL, no chance to clean up) once about half the
 * files are recorded in its spool, then resumed — the report equals an uninterrupted run's, and
 * the files finished before the kill are not checked again.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import type { AuditReport } from "../../src/model/audit.js";
import { makeCorpus } from "../../scripts/make-corpus.js";
import { BIN_FOR_TESTS, build, pbm } from "./helpers.js";

let tmp: string;
const FILES = 120;

beforeAll(() => {
  build();
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-resume-"));
  makeCorpus({ out: path.join(tmp, "corpus"), files: FILES, departments: 20, seed: 11 });
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const lines = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean).length : 0);

/** Starts the CLI and SIGKILLs it once `atLeast` results are in the spool's index. */
function killMidway(args: string[], atLeast: number): Promise<{ recorded: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN_FOR_TESTS(), ...args], { cwd: tmp, stdio: "ignore" });
    const index = path.join(tmp, ".pbm-audit", "index.jsonl");
    const timer = setInterval(() => {
      if (lines(index) >= atLeast) {
        clearInterval(timer);
        child.kill("SIGKILL");
      }
    }, 10);
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      clearInterval(timer);
      resolve({ recorded: lines(index), signal });
    });
  });
}

describe("pbm audit --resume after a kill", () => {
  it("gives the same report as an uninterrupted run, without checking finished files again", async () => {
    const whole = await pbm(["audit", "corpus", "--jobs", "2", "-q", "-f", "json", "--work-dir", ".whole"], { cwd: tmp });
    expect(whole.code, whole.stderr).toBe(1);
    // A finished run leaves no spool behind.
    expect(existsSync(path.join(tmp, ".whole"))).toBe(false);

    const killed = await killMidway(["audit", "corpus", "--jobs", "2", "-q", "-f", "json", "-r", "resumed.xlsx"], FILES / 2);
    expect(killed.signal).toBe("SIGKILL");
    expect(killed.recorded).toBeGreaterThanOrEqual(FILES / 2);
    expect(killed.recorded).toBeLessThan(FILES);
    expect(existsSync(path.join(tmp, "resumed.xlsx"))).toBe(false);
    // A kill may leave half a record behind (each worker writes its own results file), and half an
    // index line; the resume must cope with both.
    const spoolFiles = readdirSync(path.join(tmp, ".pbm-audit"));
    const results = spoolFiles.filter((f) => /^results-\d+-\d+\.bin$/.test(f));
    expect(results.length, spoolFiles.join(", ")).toBeGreaterThanOrEqual(1);
    writeFileSync(path.join(tmp, ".pbm-audit", results[0]), "[0,120,4", { flag: "a" });
    writeFileSync(path.join(tmp, ".pbm-audit", "index.jsonl"), '{"path":"corpus/half', { flag: "a" });

    const resumed = await pbm(["audit", "corpus", "--jobs", "2", "--resume", "-f", "json", "-r", "resumed.xlsx"], { cwd: tmp });
    expect(resumed.code, resumed.stderr).toBe(1);
    const m = /继续上次的审核：(\d+) 个文件中已完成 (\d+) 个，还需检查 (\d+) 个/.exec(resumed.stderr);
    expect(m, resumed.stderr).not.toBeNull();
    const [, total, done, left] = m!.map(Number);
    expect([total, done, left]).toEqual([FILES, killed.recorded, FILES - killed.recorded]);
    // Progress counts only the files left.
    expect(resumed.stderr).toContain(`已检查 ${left}/${left} 个文件`);
    expect(JSON.parse(resumed.stdout)).toEqual(JSON.parse(whole.stdout));
    const wb = XLSX.read(readFileSync(path.join(tmp, "resumed.xlsx")), { type: "buffer" });
    const report = JSON.parse(whole.stdout) as AuditReport;
    expect(XLSX.utils.sheet_to_json(wb.Sheets["问题清单"])).toHaveLength(report.files.reduce((n, f) => n + f.findings.length, 0));
    expect(readdirSync(tmp).filter((f) => f.startsWith(".pbm-audit"))).toEqual([]);
  }, 170_000);

  it("refuses to resume a spool of another run, and starts afresh when there is none", async () => {
    await killMidway(["audit", "corpus", "--jobs", "1", "-q", "-f", "json"], 5);
    const other = await pbm(["audit", "corpus", "--group-by", "folder", "--resume", "-q"], { cwd: tmp });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("--resume：");
    expect(other.stderr).toContain("与这次的输入或选项不同");
    rmSync(path.join(tmp, ".pbm-audit"), { recursive: true, force: true });
    const fresh = await pbm(["audit", "corpus/001-" + readdirSync(path.join(tmp, "corpus")).find((d) => d.startsWith("001-"))!.slice(4), "--resume"], { cwd: tmp });
    expect(fresh.code).toBeLessThanOrEqual(1);
    expect(fresh.stderr).toContain("中没有未完成的审核，从头开始");
  }, 120_000);
});
