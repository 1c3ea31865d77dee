import { copyFileSync, existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixFile } from "../../src/fix/fix-file.js";
import { describeFix, planFixes } from "../../src/fix/plan.js";
import type { Finding, Fix } from "../../src/model/finding.js";
import { sha256, snapshot, tempDir } from "./helpers.js";

const LAYOUTS = path.resolve(__dirname, "../../fixtures/layouts");

function finding(cell: string, from: string, to: string, kind: Fix["kind"] = "safe", severity: Finding["severity"] = "error"): Finding {
  return {
    ruleId: kind === "safe" ? "operator-direction" : "unit-value-mismatch",
    category: "operator",
    severity,
    messageId: "x",
    message: "x",
    data: {},
    table: "测试项目",
    indicator: `指标${cell}`,
    location: { sheet: "Sheet1", row: Number(cell.slice(1)), cell },
    fix: { kind, edits: [{ sheet: "Sheet1", cell, from, to }] },
  };
}

const CSV = "名称,符号,值\r\n满意度,<=,100\r\n及时率,>=,100\r\n";

describe("fixFile", () => {
  it("applies safe edits, shows suggestions without applying them, and counts what remains", async () => {
    const dir = tempDir();
    const file = path.join(dir, "t.csv");
    writeFileSync(file, CSV);
    const findings = [
      finding("B2", "<=", ">="),
      finding("B2", "<=", "="), // disagrees with the first fix of B2
      finding("C3", "100", "100%", "suggestion", "warning"),
      { ...finding("A1", "", ""), fix: undefined },
    ];
    const r = await fixFile(file, findings, { lang: "zh" });
    expect(r.status).toBe("fixed");
    expect(r.edits.map((e) => [e.cell, e.to, e.status, e.reason ?? null])).toEqual([
      ["B2", ">=", "applied", null],
      ["B2", "=", "skipped", "conflict"],
    ]);
    expect(r.suggestions.map((s) => s.cell)).toEqual(["C3"]);
    // The conflicting finding and the one without a fix remain.
    expect(r.remainingErrors).toBe(2);
    expect(readFileSync(path.join(dir, "t.fixed.csv"), "utf8")).toBe(CSV.replace("<=", ">="));
    expect(readFileSync(file, "utf8")).toBe(CSV);
  });

  it("writes no copy when no edit applies, and nothing at all when there is nothing to fix", async () => {
    const dir = tempDir();
    const file = path.join(dir, "t.csv");
    writeFileSync(file, CSV);
    const stale = await fixFile(file, [finding("B2", "≤", ">=")], { lang: "en" });
    expect(stale.status).toBe("nothing");
    expect(stale.edits[0]).toMatchObject({ status: "skipped", reason: "mismatch", actual: "<=" });
    expect(stale.message).toContain("none of the changes could be applied");
    const none = await fixFile(file, [finding("C3", "100", "100%", "suggestion", "warning")], { lang: "zh" });
    expect(none).toMatchObject({ status: "nothing", remainingErrors: 0, output: null });
    expect(Object.keys(snapshot(dir))).toEqual(["t.csv"]);
  });

  it("lists the edits as JSON for formats it cannot patch (ods, html), and writes nothing in a dry run", async () => {
    const dir = tempDir();
    const ods = path.join(dir, "h-project.ods");
    const html = path.join(dir, "g.xls");
    copyFileSync(path.join(LAYOUTS, "h-project.ods"), ods);
    copyFileSync(path.join(LAYOUTS, "g-html-table-saved-as.xls"), html);
    const before = snapshot(dir);
    const dry = await fixFile(ods, [finding("E9", "<=", ">=")], { lang: "zh", dryRun: true });
    expect(dry).toMatchObject({ status: "unsupported", format: "ods", output: null });
    expect(snapshot(dir)).toEqual(before);

    const r = await fixFile(ods, [finding("E9", "<=", ">=")], { lang: "en" });
    expect(r.status).toBe("unsupported");
    expect(r.message).toContain("cannot safely patch ods files");
    expect(r.edits[0]).toMatchObject({ status: "skipped", reason: "unsupported-format" });
    expect(JSON.parse(readFileSync(path.join(dir, "h-project.edits.json"), "utf8")).edits).toEqual([
      { sheet: "Sheet1", cell: "E9", from: "<=", to: ">=", ruleId: "operator-direction", table: "测试项目", indicator: "指标E9" },
    ]);
    const h = await fixFile(html, [finding("E9", "<=", ">=")], { lang: "zh" });
    expect(h).toMatchObject({ status: "unsupported", format: "html" });
    expect(sha256(ods)).toBe(before["h-project.ods"]);
    expect(sha256(html)).toBe(before["g.xls"]);
  });

  it("--in-place through a symlink fixes the file it points to and keeps the link", async () => {
    const dir = tempDir();
    const real = path.join(dir, "real.csv");
    const link = path.join(dir, "link.csv");
    writeFileSync(real, CSV);
    symlinkSync(real, link);
    const r = await fixFile(link, [finding("B2", "<=", ">=")], { lang: "zh", inPlace: true });
    expect(r.status).toBe("fixed");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe(CSV.replace("<=", ">="));
    expect(readFileSync(path.join(dir, "real.bak.csv"), "utf8")).toBe(CSV);
    expect(existsSync(path.join(dir, "link.bak.csv"))).toBe(false);
  });

  it("describes fixes for validate --fix-dry-run", () => {
    const plan = planFixes([finding("B2", "<=", ">="), finding("C3", "100", "100%", "suggestion")]);
    expect(plan.edits).toHaveLength(1);
    expect(describeFix({ kind: "safe", edits: [plan.edits[0]] }, "zh")).toBe("可自动修复：Sheet1!B2 <= → >=");
    expect(describeFix({ kind: "suggestion", edits: plan.suggestions }, "en")).toBe("suggested (not applied): Sheet1!C3 100 → 100%");
  });
});
