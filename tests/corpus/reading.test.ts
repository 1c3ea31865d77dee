/**
 * The reading the corpus key expects, for every corpus table in every format, through the real
 * pipeline (read → locate → normalize, the library's normalizeFile): the key's number of tables
 * and of named indicators, and every sample indicator's operator, value and unit — scored exactly
 * as `npm run corpus` and the shared corpus-score tool score them (scripts/corpus/score.ts).
 * A failing test names its file and format and says what is wrong.
 */
import { describe, expect, it } from "vitest";
import { normalizeFile } from "../../src/index.js";
import { scoreReadingFile } from "../../scripts/corpus/score.js";
import { FORMATS, KEY, STEMS, absPath, relPath } from "./cases.js";

describe.each(FORMATS)("reading the corpus as %s", (format) => {
  it.each(STEMS)("%s", async (stem) => {
    const parse = KEY.files[`${stem}.txt`]?.parse;
    expect(parse, `key.json has no "parse" for ${stem}.txt`).toBeDefined();
    const records = await normalizeFile(absPath(stem, format), { name: relPath(stem, format) });
    expect(records.error, `${stem}.${format} could not be read`).toBeNull();
    expect(scoreReadingFile(`${stem}.txt`, parse!, records).problems, `${stem}.${format}`).toEqual([]);
  });
});
