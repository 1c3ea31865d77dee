/**
 * A file that exhausts the worker's heap and a file that hangs each cost one finding, not the
 * batch. The heap case is a real, too-big workbook under a small --max-memory; the hang uses the
 * test-only PBM_TEST_HANG_FILE hook of the worker (docs/audit.md), since no real input hangs it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/model/audit.js";
import { bigWorkbook, makeCorpus } from "../../scripts/make-corpus.js";
import { build, pbm } from "./helpers.js";

let tmp: string;
let small: string[];

beforeAll(() => {
  build();
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-audit-limits-"));
  makeCorpus({ out: path.join(tmp, "src"), files: 12, departments: 3, seed: 7 });
  mkdirSync(path.join(tmp, "batch"));
  const first = readdirSync(path.join(tmp, "src"), { withFileTypes: true }).find((d) => d.isDirectory())!;
  small = readdirSync(path.join(tmp, "src", first.name)).filter((f) => f.endsWith(".xlsx") && !f.startsWith("损坏")).slice(0, 3);
  for (const f of small) copyFileSync(path.join(tmp, "src", first.name, f), path.join(tmp, "batch", f));
  copyFileSync(path.join(tmp, "batch", small[0]), path.join(tmp, "batch", "hang.xlsx"));
  writeFileSync(path.join(tmp, "batch", "big.xlsx"), bigWorkbook(60_000));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("per-file limits", () => {
  it("a workbook over the heap limit and a hung file become one finding each; the other files are checked", async () => {
    // A generous time limit, so that on a busy machine the big file meets the heap limit first.
    const run = await pbm(["audit", "batch", "--jobs", "2", "--max-memory", "32", "--timeout", "20", "--format", "json"], {
      cwd: tmp,
      env: { PBM_TEST_HANG_FILE: "hang.xlsx" },
    });
    expect(run.code).toBe(1);
    const r = JSON.parse(run.stdout) as AuditReport;
    expect(r.summary.files).toBe(small.length + 2);
    const byName = new Map(r.files.map((f) => [path.basename(f.path), f]));

    const big = byName.get("big.xlsx")!;
    expect(big.status).toBe("error");
    expect(big.findings.map((x) => [x.ruleId, x.category, x.severity, x.messageId]), big.findings[0]?.message).toEqual([["file-unreadable", "parse", "error", "out-of-memory"]]);
    expect(big.findings[0].message).toBe("处理时内存超过限制：batch/big.xlsx（上限 32 MB），已跳过。可用 --max-memory 放宽限制后重试。");

    const hang = byName.get("hang.xlsx")!;
    expect(hang.status).toBe("error");
    expect(hang.findings.map((x) => [x.ruleId, x.category, x.severity, x.messageId])).toEqual([["file-unreadable", "parse", "error", "timeout"]]);
    expect(hang.findings[0].message).toBe("处理超时：batch/hang.xlsx（超过 20 秒），已跳过。可用 --timeout 放宽时限后重试。");

    for (const f of small) {
      const rep = byName.get(f)!;
      expect(rep.status, f).not.toBe("error");
      expect(rep.tables.length, f).toBeGreaterThan(0);
    }
  }, 120_000);

  it("says so in English with --lang en", async () => {
    const run = await pbm(["audit", "batch/hang.xlsx", "--timeout", "2", "--format", "json", "--lang", "en", "-q"], { cwd: tmp, env: { PBM_TEST_HANG_FILE: "hang.xlsx" } });
    const r = JSON.parse(run.stdout) as AuditReport;
    expect(r.files[0].findings.map((x) => x.message)).toEqual(["Timed out: batch/hang.xlsx (over 2 s); skipped. Raise --timeout and try again."]);
  }, 60_000);
});
