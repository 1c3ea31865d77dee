/**
 * Files written by a real office suite, not by SheetJS: LibreOffice re-saves the seed twin as
 * xlsx, xls and ods; each reads back to the seed's cells (shared strings, LibreOffice's own
 * escaped number formats such as yyyy\年m\月, its merges).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/read/index.js";
import { seedTables } from "../../scripts/make-fixtures.js";
import { gridLines, textLines, trimEnd } from "./seed-lines.js";

const SEED = path.resolve("fixtures", "seed", "seed-per-sheet.xlsx");
const TARGETS = { xlsx: "xlsx:Calc MS Excel 2007 XML", xls: "xls:MS Excel 97", ods: "ods:calc8" } as const;

function soffice(): string {
  const found = execFileSync("sh", ["-c", "command -v soffice || command -v libreoffice || true"]).toString().trim();
  if (!found) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui (.ci/run does)");
  return found;
}

describe("workbooks saved by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pbm-read-lo-"));
    const home = path.join(dir, "home");
    mkdirSync(home);
    for (const [ext, filter] of Object.entries(TARGETS)) {
      execFileSync(soffice(), [`-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", path.join(dir, ext), SEED], {
        env: { ...process.env, HOME: home },
        timeout: 100_000,
        stdio: "pipe",
      });
    }
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
