/** The committed fixtures are exactly what the committed scripts write (deterministic, up to date). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main as makeFixtures } from "../../scripts/make-fixtures.js";
import { main as makeBadCorpus } from "../../scripts/make-bad-corpus.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-fixtures-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("fixtures are up to date with their scripts", () => {
  it.each([
    ["seed", makeFixtures],
    ["layouts", makeFixtures],
    ["bad", makeBadCorpus],
  ] as const)("fixtures/%s", (folder, make) => {
    if (!readdirSync(tmp).includes(folder)) make(tmp);
    const files = readdirSync(path.join("fixtures", folder)).sort();
    expect(readdirSync(path.join(tmp, folder)).sort()).toEqual(files);
    for (const f of files) {
      const same = readFileSync(path.join(tmp, folder, f)).equals(readFileSync(path.join("fixtures", folder, f)));
      expect(same, `fixtures/${folder}/${f} differs from what the script writes now: npx tsx scripts/make-${folder === "bad" ? "bad-corpus" : "fixtures"}.ts`).toBe(true);
    }
  });
});
