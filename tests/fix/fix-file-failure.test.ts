/** A patcher failure on one file is reported for that file; nothing is written and the batch goes on. */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { FixReport } from "../../src/model/fix.js";
import { runCli, snapshot, tempDir } from "./helpers.js";

vi.mock("../../src/fix/xlsx-patch.js", () => ({
  patchXlsx: () => {
    throw new Error("simulated patcher bug");
  },
}));

describe("pbm fix when patching fails", () => {
  it("reports the file, writes nothing for it, fixes the others, and exits 2", async () => {
    const dir = tempDir();
    const seed = path.resolve(__dirname, "../../fixtures/seed");
    copyFileSync(path.join(seed, "seed-per-sheet.xlsx"), path.join(dir, "a.xlsx"));
    copyFileSync(path.join(seed, "seed-gb18030.csv"), path.join(dir, "b.csv"));
    const before = snapshot(dir);
    const r = await runCli(["fix", ".", "--format", "json"], dir);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as FixReport;
    const [a, b] = report.files;
    expect(a).toMatchObject({ status: "error", output: null });
    expect(a.message).toContain("a.xlsx");
    expect(a.message).toContain("simulated patcher bug");
    expect(b.status).toBe("fixed");
    const after = snapshot(dir);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), "b.fixed.csv"].sort());
  });
});
