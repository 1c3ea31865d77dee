/** The real binary (dist/ is built by tests/global-setup.ts): pbm fix and pbm template end to end. */
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pbm, ROOT } from "../helpers/bin.js";
import { sha256, tempDir } from "./helpers.js";

describe("bin/pbm.js fix and template", () => {
  it("fixes the stacked seed workbook into a copy, in English, leaving the input alone", () => {
    const dir = tempDir();
    const file = path.join(dir, "stacked.xlsx");
    copyFileSync(path.join(ROOT, "fixtures/seed/seed-stacked.xlsx"), file);
    const sum = sha256(file);
    const r = pbm(["fix", "stacked.xlsx", "--lang", "en"], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain(`Fixed copy written: ${path.join(dir, "stacked.fixed.xlsx")}`);
    expect(r.stdout).toMatch(/绩效目标表!E\d+: <= → >= \(operator-direction, 融资担保补助项目 \/ 促进小微企业健康发展\)/);
    expect(sha256(file)).toBe(sum);
    // Validating the copy: nothing safe is left to fix (the original had some).
    const original = JSON.parse(pbm(["validate", "stacked.xlsx", "--format", "json", "--fix-dry-run"], { cwd: dir }).stdout) as { files: { findings: { fix?: { kind: string } }[] }[] };
    expect(original.files[0].findings.filter((f) => f.fix?.kind === "safe").length).toBeGreaterThan(10);
    const again = pbm(["validate", "stacked.fixed.xlsx", "--format", "json", "--fix-dry-run"], { cwd: dir });
    const report = JSON.parse(again.stdout) as { files: { findings: { ruleId: string; fix?: { kind: string } }[] }[] };
    expect(report.files[0].findings.length).toBeGreaterThan(0);
    expect(report.files[0].findings.filter((f) => f.fix?.kind === "safe")).toEqual([]);
  });

  it("writes a template and refuses usage errors with exit 2 and no stack trace", () => {
    const dir = tempDir();
    const t = pbm(["template", "--kind", "department", "--year", "2026", "-o", "部门.xlsx"], { cwd: dir });
    expect(t.code, t.stderr).toBe(0);
    expect(existsSync(path.join(dir, "部门.xlsx"))).toBe(true);
    const none = pbm(["fix", "nothing-*.xlsx"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("nothing-*.xlsx");
    expect(none.stderr).not.toContain("    at ");
  });
});
