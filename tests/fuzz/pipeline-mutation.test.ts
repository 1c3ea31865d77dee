/**
 * Byte-mutation fuzzing through the whole pipeline (issue 6 §5): real fixture files with
 * flipped, deleted, inserted and truncated bytes go through read → locate → normalize → rules.
 * Bounded: a fixed seed and a fixed number of cases, so CI time stays predictable.
 * Each case must return a report (never throw), and nothing may pollute Object.prototype.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rng } from "../../bench/generate.js";
import { validateBytes } from "../../src/api/validate-file.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { ROOT } from "../helpers/bin.js";

const SOURCES = [
  "fixtures/seed/seed-per-sheet.xlsx",
  "fixtures/seed/seed.xls",
  "fixtures/seed/seed-gb18030.csv",
  "fixtures/layouts/h-project.ods",
  "fixtures/layouts/g-html-table-saved-as.xls",
  "fixtures/layouts/g-xml-spreadsheet-2003.xml",
];
const CASES_PER_SOURCE = 40;

function mutate(src: Uint8Array, r: () => number): Uint8Array {
  const bytes = Array.from(src);
  const edits = 1 + Math.floor(r() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * bytes.length);
    const kind = Math.floor(r() * 4);
    if (kind === 0) bytes[at] = Math.floor(r() * 256);
    else if (kind === 1) bytes.splice(at, 1 + Math.floor(r() * 64));
    else if (kind === 2) bytes.splice(at, 0, ...Array.from({ length: 1 + Math.floor(r() * 16) }, () => Math.floor(r() * 256)));
    else bytes.length = Math.max(1, at);
  }
  return Uint8Array.from(bytes);
}

describe("mutated real files through the whole pipeline", () => {
  afterEach(() => vi.restoreAllMocks());
  const config = resolveConfig({ extends: ["strict"] });
  for (const rel of SOURCES) {
    it(`${path.basename(rel)}: ${CASES_PER_SOURCE} mutations, each a report, no pollution`, async () => {
      const original = readFileSync(path.join(ROOT, rel));
      const r = rng(rel.length * 7919);
      const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
      // Damaged files must not make the parser print its own English diagnostics to the clerk's terminal.
      const consoleError = vi.spyOn(console, "error");
      const consoleWarn = vi.spyOn(console, "warn");
      for (let i = 0; i < CASES_PER_SOURCE; i++) {
        const bytes = mutate(original, r);
        const { report } = await validateBytes(bytes, `mutant-${i}${path.extname(rel)}`, { config, lang: "zh" });
        expect(["ok", "problems", "error"]).toContain(report.status);
        if (report.status === "error") {
          expect(report.findings[0].ruleId).toBe("file-unreadable");
          expect(report.findings[0].message).toContain(`mutant-${i}`);
        }
        for (const f of report.findings) expect(f.message).not.toMatch(/\{\w+\}/);
      }
      expect(consoleError).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }, 120_000);
  }
});
