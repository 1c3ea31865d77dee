/**
 * issue 6 §1: every file of the bad-input corpus gives a Workbook or a ReadError with
 * the right code — never another exception — and nothing pollutes Object.prototype.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBytes, readWorkbook } from "../../src/read/index.js";
import { ReadError, type Workbook } from "../../src/model/grid.js";
import { readErrorMessage } from "../../src/i18n/read-errors.js";
import { BAD_CORPUS, makeHugeCsv } from "../../scripts/make-bad-corpus.js";

const BAD = path.join("fixtures", "bad");

async function outcome(file: string, limits?: Parameters<typeof readWorkbook>[1]): Promise<Workbook | ReadError> {
  try {
    return await readWorkbook(file, limits);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw new Error(`${file}: not a ReadError: ${String(e)}`, { cause: e });
  }
}
const cells = (wb: Workbook) => wb.grids.flatMap((g) => g.rows.flatMap((r) => Array.from(r ?? []).filter(Boolean)));

describe("bad-input corpus (fixtures/bad)", () => {
  it("expected.json lists exactly the committed files", () => {
    expect(JSON.parse(readFileSync(path.join(BAD, "expected.json"), "utf8"))).toEqual(BAD_CORPUS);
  });

  for (const [name, want] of Object.entries(BAD_CORPUS)) {
    it(`${name} → ${"error" in want ? want.error : want.format}`, async () => {
      const got = await outcome(path.join(BAD, name));
      if ("error" in want) {
        expect(got).toBeInstanceOf(ReadError);
        const err = got as ReadError;
        expect(err.code).toBe(want.error);
        if (want.actual) expect(err.detail.actual).toBe(want.actual);
        const zh = readErrorMessage(err.code, "zh", { ...err.detail, file: name });
        const en = readErrorMessage(err.code, "en", { ...err.detail, file: name });
        expect(zh).toContain(name);
        expect(en).toContain(name);
        expect(`${zh}${en}`).not.toMatch(/\{\w+\}/);
      } else {
        expect(got).not.toBeInstanceOf(ReadError);
        const wb = got as Workbook;
        expect(wb.format).toBe(want.format);
        if (want.encoding) expect(wb.encoding).toBe(want.encoding);
        expect(cells(wb).length).toBeGreaterThan(0);
      }
    });
  }

  it("English messages translate what the reader says in Chinese", async () => {
    const err = (await outcome(path.join(BAD, "picture.png.xlsx"))) as ReadError;
    expect(readErrorMessage(err.code, "en", { ...err.detail, file: "p.xlsx" })).toBe(
      "Not a spreadsheet: p.xlsx (its content is a PNG image). Use xlsx, xls, ods, csv or txt.",
    );
    const bomb = (await outcome(path.join(BAD, "zip-bomb.xlsx"))) as ReadError;
    expect(readErrorMessage(bomb.code, "zh", { ...bomb.detail, file: "b.xlsx" })).toBe("文件超过限制：b.xlsx（解压后总大小 200 MB，上限 128 MB）。请拆分文件，或在配置的 limits 中放宽限制。");
    expect(readErrorMessage(bomb.code, "en", { ...bomb.detail, file: "b.xlsx" })).toBe("File exceeds a limit: b.xlsx (total uncompressed size 200 MB, limit 128 MB). Split the file, or raise the limit under limits in the config.");
  });

  it("__proto__ / constructor / prototype as sheet names and labels: read as data, Object.prototype unchanged", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const xlsx = (await outcome(path.join(BAD, "proto-names.xlsx"))) as Workbook;
    const csv = (await outcome(path.join(BAD, "proto-names.csv"))) as Workbook;
    expect(xlsx.grids.map((g) => g.sheet)).toEqual(["__proto__", "constructor", "prototype"]);
    for (const g of [...xlsx.grids, ...csv.grids]) expect(g.rows[0][0]).toEqual({ v: "__proto__", t: "s" });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("formula errors are error cells", async () => {
    const wb = (await outcome(path.join(BAD, "formula-errors.xlsx"))) as Workbook;
    expect(wb.grids[0].rows[1][1]).toEqual({ v: "#REF!", t: "e" });
    expect(wb.grids[0].rows[2][1]).toEqual({ v: "#DIV/0!", t: "e" });
  });

  it("text content survives: GB18030-only characters, NUL dropped, 1 MB cell, long line, ragged rows", async () => {
    const gb = (await outcome(path.join(BAD, "gb18030-beyond-gbk.csv"))) as Workbook;
    expect(gb.grids[0].rows[3].map((c) => c?.v)).toEqual(["生僻字㐀测试", "扩展B区𠀀字", "€100"]);
    const nul = (await outcome(path.join(BAD, "nul-byte.csv"))) as Workbook;
    expect(nul.grids[0].rows[1][0]).toEqual({ v: "社区养老", t: "s" });
    const big = (await outcome(path.join(BAD, "one-mb-cell.xlsx"))) as Workbook;
    expect(String(big.grids[0].rows[1][1]?.v).length).toBeGreaterThanOrEqual(1 << 20);
    const long = (await outcome(path.join(BAD, "very-long-line.csv"))) as Workbook;
    expect(String(long.grids[0].rows[1][1]?.v).length).toBe(55_000);
    const ragged = (await outcome(path.join(BAD, "ragged-rows.csv"))) as Workbook;
    expect(ragged.grids[0].rows.map((r) => r.length)).toEqual([5, 2, 10, 0, 1, 3]);
    expect(ragged.grids[0].rows[5][1]).toEqual({ v: "001234", t: "s" });
  });

  it("byte mutations of a good workbook give a Workbook or a ReadError, nothing else", () => {
    const good = readFileSync(path.join(BAD, "预算（2023）绩效目标表#1.xlsx"));
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0), seed);
    for (let k = 0; k < 150; k++) {
      const bytes = Uint8Array.from(good);
      for (let j = 0; j < 1 + (k % 8); j++) bytes[next() % bytes.length] = next() & 0xff;
      const cut = k % 5 === 0 ? bytes.subarray(0, next() % bytes.length) : bytes;
      try {
        readBytes(cut, `m${k}.xlsx`);
      } catch (e) {
        expect(e, `mutation ${k}`).toBeInstanceOf(ReadError);
      }
    }
  });
});

describe("bad inputs made at test time", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pbm-read-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a symlink loop is an io error, not a hang", async () => {
    symlinkSync(path.join(dir, "loop-b.xlsx"), path.join(dir, "loop-a.xlsx"));
    symlinkSync(path.join(dir, "loop-a.xlsx"), path.join(dir, "loop-b.xlsx"));
    const err = (await outcome(path.join(dir, "loop-a.xlsx"))) as ReadError;
    expect(err).toMatchObject({ code: "io", detail: { reason: "符号链接循环" } });
  });

  it("a named pipe is refused without opening it (no hang waiting for a writer)", async () => {
    const fifo = path.join(dir, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    expect(await outcome(fifo)).toMatchObject({ code: "io", detail: { reason: "不是普通文件" } });
  });

  it("a folder named like a workbook is is-directory; a missing file is not-found", async () => {
    mkdirSync(path.join(dir, "x.xlsx"));
    expect(await outcome(path.join(dir, "x.xlsx"))).toMatchObject({ code: "is-directory" });
    expect(await outcome(path.join(dir, "nope.xlsx"))).toMatchObject({ code: "not-found" });
  });

  it("a 300,000-row CSV reads within the default limits, and is refused past a lower cell limit", async () => {
    const file = path.join(dir, "300k.csv");
    writeFileSync(file, makeHugeCsv(300_000));
    const wb = (await outcome(file)) as Workbook;
    expect(wb.format).toBe("csv");
    expect(wb.grids[0].rows).toHaveLength(300_001);
    expect(wb.grids[0].rows[300_000][3]).toEqual({ v: "指标299999", t: "s" });
    expect(await outcome(file, { maxCells: 1_000_000 })).toMatchObject({ code: "too-many-cells", detail: { limit: 1_000_000 } });
  });

  it("a CSV with a 1 MB cell", async () => {
    const file = path.join(dir, "big cell （1）#.csv");
    writeFileSync(file, "三级指标,指标解释\n说明," + "很".repeat(1 << 20) + "\n");
    const wb = (await outcome(file)) as Workbook;
    expect(String(wb.grids[0].rows[1][1]?.v).length).toBe(1 << 20);
  });
});
