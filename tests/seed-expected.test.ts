/**
 * The team's scoreboard: the seed text and each of its twins, validated with the strict preset,
 * must yield every `must` item of ../shared/seed/expected.json and violate no `ok` item.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateFiles } from "../src/api/validate-files.js";
import { resolveConfig } from "../src/config/resolve.js";
import { SEED_TEXT, SEED_TWINS, describeScore, loadExpected, score } from "./helpers/expected.js";

const config = resolveConfig({ extends: ["strict"] });

describe("seed expectations (strict preset)", () => {
  it("the expectations file is there", () => {
    expect(loadExpected().must.length).toBeGreaterThan(0);
  });
  for (const file of [SEED_TEXT, ...SEED_TWINS]) {
    const label = path.basename(file);
    it(`${label}: every must item found, no ok item violated`, { timeout: 120_000 }, async () => {
      expect(existsSync(file), `${file} is missing (twins: npx tsx scripts/make-fixtures.ts)`).toBe(true);
      const report = await validateFiles([file], { config, lang: "zh" });
      expect(report.files[0].status, report.files[0].findings[0]?.message).not.toBe("error");
      const s = score(report);
      const text = describeScore(label, s);
      console.log(text);
      expect(s.missing.length === 0 && s.violations.length === 0, text).toBe(true);
    });
  }
});
