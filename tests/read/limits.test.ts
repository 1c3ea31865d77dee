import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, readBytes, readWorkbook } from "../../src/read/index.js";
import { resolveLimits } from "../../src/read/limits.js";

const SEED_XLSX = path.join("fixtures", "seed", "seed-per-sheet.xlsx");
const SEED_TXT = path.join("fixtures", "seed", "shenyang-2022-report-and-2023-targets.txt");

describe("read limits", () => {
  it("documented defaults: 64 MB file, 128 MB uncompressed, 3,000,000 cells", () => {
    expect(DEFAULT_LIMITS).toEqual({ maxFileBytes: 64 * 2 ** 20, maxUncompressedBytes: 128 * 2 ** 20, maxCells: 3_000_000 });
    const readme = readFileSync(path.join("fixtures", "README.md"), "utf8");
    for (const key of Object.keys(DEFAULT_LIMITS)) expect(readme).toContain(key);
  });

  it("partial limits override only what they name; nonsense values fall back to the default", () => {
    expect(resolveLimits({ maxCells: 10 })).toEqual({ ...DEFAULT_LIMITS, maxCells: 10 });
    expect(resolveLimits({ maxCells: -1, maxFileBytes: Number.NaN })).toEqual(DEFAULT_LIMITS);
  });

  it("file size is checked before the file is read", async () => {
    await expect(readWorkbook(SEED_XLSX, { maxFileBytes: 1000 })).rejects.toMatchObject({
      code: "too-large",
      detail: { what: "文件大小", limit: "1000 B", limitBytes: 1000 },
    });
    expect(() => readBytes(readFileSync(SEED_TXT), "seed.txt", { maxFileBytes: 1000 })).toThrow(expect.objectContaining({ code: "too-large" }));
  });

  it("a zip's declared uncompressed size is checked before parsing", async () => {
    await expect(readWorkbook(SEED_XLSX, { maxUncompressedBytes: 10_000 })).rejects.toMatchObject({
      code: "too-large",
      detail: { what: "解压后总大小", limitBytes: 10_000 },
    });
  });

  it("cell count, for workbooks and text", async () => {
    await expect(readWorkbook(SEED_XLSX, { maxCells: 100 })).rejects.toMatchObject({ code: "too-many-cells", detail: { limit: 100 } });
    await expect(readWorkbook(SEED_TXT, { maxCells: 100 })).rejects.toMatchObject({ code: "too-many-cells" });
    expect((await readWorkbook(SEED_TXT, { maxCells: 5000 })).grids).toHaveLength(1);
  });
});
