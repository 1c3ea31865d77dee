/**
 * What pbm reads from each corpus table, in each format: the normalized records (tables, fields,
 * indicators with their cells and locations) in a reviewed snapshot,
 * tests/corpus/__snapshots__/<stem>.<format>.json. A change to the reader shows here as a diff
 * to review; after review, `npx vitest run tests/corpus/snapshots.test.ts -u` records it.
 */
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/index.js";
import { FORMATS, STEMS, absPath, relPath } from "./cases.js";

describe.each(FORMATS)("normalized records of the corpus as %s", (format) => {
  it.each(STEMS)("%s", async (stem) => {
    const records = await normalizeFile(absPath(stem, format), { name: relPath(stem, format) });
    await expect(JSON.stringify(records, null, 2) + "\n").toMatchFileSnapshot(`./__snapshots__/${stem}.${format}.json`);
  });
});
