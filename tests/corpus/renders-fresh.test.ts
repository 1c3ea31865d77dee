/** The committed renders are exactly what scripts/render-corpus.ts writes now (deterministic, up to date). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main as renderCorpus } from "../../scripts/render-corpus.js";
import { RENDERED_DIR } from "../../scripts/corpus/files.js";
import { STEMS } from "./cases.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-corpus-render-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("fixtures/corpus/rendered", () => {
  it("holds an xlsx, an xls and a csv of every corpus table, and nothing else", () => {
    const want = STEMS.flatMap((s) => ["csv", "xls", "xlsx"].map((ext) => `${s}.${ext}`)).sort();
    expect(readdirSync(RENDERED_DIR).sort()).toEqual(want);
  });

  it("is what the script writes now, byte for byte, on every run", () => {
    const first = renderCorpus(path.join(tmp, "a"));
    renderCorpus(path.join(tmp, "b"));
    expect(first.sort()).toEqual(readdirSync(RENDERED_DIR).sort());
    for (const f of first) {
      const now = readFileSync(path.join(tmp, "a", f));
      expect(now.equals(readFileSync(path.join(tmp, "b", f))), `${f} differs between two runs`).toBe(true);
      expect(now.equals(readFileSync(path.join(RENDERED_DIR, f))), `fixtures/corpus/rendered/${f} is stale: npm run corpus:render`).toBe(true);
    }
  });
});
