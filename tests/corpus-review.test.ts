/**
 * The review scoreboard on the real-table corpus (fixtures/corpus), through `validate` with the default
 * config and the corpus scorer's matching (scripts/corpus/score.ts): in every file, every must item found
 * and no ok item flagged.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateFiles } from "../src/api/validate-files.js";
import { resolveConfig } from "../src/config/resolve.js";
import { CORPUS_DIR, KEY_FILE } from "../scripts/corpus/files.js";
import { scoreReviewFile, type Key, type ReportFinding } from "../scripts/corpus/score.js";

const key = JSON.parse(readFileSync(KEY_FILE, "utf8")) as Key;

describe("corpus review (recommended preset)", () => {
  it("has the whole key", () => {
    expect(Object.keys(key.files).length).toBeGreaterThanOrEqual(16);
  });
  for (const [file, entry] of Object.entries(key.files)) {
    it(`${file}: every must item found, no ok item flagged`, { timeout: 60_000 }, async () => {
      const report = await validateFiles([path.join(CORPUS_DIR, file)], { config: resolveConfig({}), lang: "zh" });
      const result = scoreReviewFile(file, entry, report.files[0].findings as ReportFinding[]);
      expect(result.problems).toEqual([]);
    });
  }
});
