/** Turning what a user typed (files, folders, globs) into the list of files to read. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/api/discover.js";

let dir: string;
const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join("/"));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "pbm-discover-"));
  for (const f of [
    "a.xlsx",
    "b.CSV",
    "sub/c.xls",
    "sub/deep/d.txt",
    "sub/notes.docx",
    "a.fixed.xlsx",
    "a.bak.xlsx",
    "~$a.xlsx",
    "预算（2023）绩效目标表 #1.xlsx",
    "node_modules/x.xlsx",
  ]) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), "x");
  }
  mkdirSync(path.join(dir, "folder.xlsx"));
  symlinkSync(dir, path.join(dir, "sub", "loop"));
});

describe("discoverFiles", () => {
  it("searches folders for the formats pbm reads, skipping lock files, fixed copies, backups and node_modules", async () => {
    const { files, unmatched } = await discoverFiles(["."], { cwd: dir });
    expect(rel(files)).toEqual(["a.xlsx", "b.CSV", "sub/c.xls", "sub/deep/d.txt", "预算（2023）绩效目标表 #1.xlsx"]);
    expect(unmatched).toEqual([]);
  });

  it("takes a file named explicitly whatever its name, and globs relative to the cwd", async () => {
    const { files } = await discoverFiles(["sub/notes.docx", "sub/**/*.txt", "预算（2023）绩效目标表 #1.xlsx"], { cwd: dir });
    expect(rel(files)).toEqual(["sub/deep/d.txt", "sub/notes.docx", "预算（2023）绩效目标表 #1.xlsx"]);
  });

  it("reports patterns that match nothing, and de-duplicates overlaps", async () => {
    const { files, unmatched } = await discoverFiles(["a.xlsx", "*.xlsx", "nothing-*.xls", "missing/"], { cwd: dir });
    expect(rel(files)).toEqual(["a.xlsx", "预算（2023）绩效目标表 #1.xlsx"]);
    expect(unmatched).toEqual(["nothing-*.xls", "missing/"]);
  });

  it("applies extra ignore globs and does not follow the symlink loop", async () => {
    const { files } = await discoverFiles([dir], { cwd: "/", ignore: ["**/deep/**"] });
    expect(rel(files)).toEqual(["a.xlsx", "b.CSV", "sub/c.xls", "预算（2023）绩效目标表 #1.xlsx"]);
  });
});
