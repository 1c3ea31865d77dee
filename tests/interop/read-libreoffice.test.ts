/**
 * Files written by a real office suite, not by SheetJS: LibreOffice re-saves the seed twin as
 * xlsx, xls and ods; each reads back to the seed's cells (shared strings, LibreOffice's own
 * escaped number formats such as yyyy\年m\月, its merges).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/read/index.js";
import { seedTables } from "../../scripts/make-fixtures.js";
import { gridLines, textLines, trimEnd } from "../read/seed-lines.js";
import { convert } from "../helpers/soffice.js";

const SEED = path.resolve("fixtures", "seed", "seed-per-sheet.xlsx");
const TARGETS = { xlsx: "xlsx:Calc MS Excel 2007 XML", xls: "xls:MS Excel 97", ods: "ods:calc8" } as const;

describe("workbooks saved by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pbm-read-lo-"));
    for (const [ext, filter] of Object.entries(TARGETS)) convert(dir, filter, path.join(dir, ext), [SEED], 100_000);
  }, 330_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tables = seedTables();
  for (const ext of Object.keys(TARGETS)) {
    it(`${ext}: 16 sheets with the seed's cells, merges, percent and date cells`, async () => {
      const wb = await readWorkbook(path.join(dir, ext, `seed-per-sheet.${ext}`));
      expect(wb.format).toBe(ext);
      expect(wb.grids).toHaveLength(16);
      tables.forEach((t, i) => expect(trimEnd(gridLines(wb.grids[i], 0, t.lines.length)), `${ext} 表${i + 1}`).toEqual(trimEnd(textLines(t.lines))));
      const g = wb.grids[0];
      expect(g.merges).toEqual(expect.arrayContaining([{ s: { r: 11, c: 0 }, e: { r: 19, c: 0 } }]));
      expect(g.rows[16][5]).toMatchObject({ v: 1, t: "n", z: "0%" });
      expect(g.rows[12][7]).toMatchObject({ v: "2023-12-31", t: "d" });
    });
  }
});
