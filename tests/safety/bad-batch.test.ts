/**
 * One bad file must not cost the good ones (issue 6, Done-when): a batch of 200 files of which
 * 20 are broken reports all 180 good ones fully, and each broken one as a clear finding that
 * names the file and the reason. Also: every file of the bad-input corpus, alone and all together,
 * gives a result within a documented peak-memory bound.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkbook, rng, seedTables } from "../../bench/generate.js";
import type { ValidateReport } from "../../src/model/finding.js";
import { pbm, ROOT } from "../helpers/bin.js";

const BAD = path.join(ROOT, "fixtures", "bad");
/** Documented in docs/limits.md: peak resident memory of one pbm process on the corpus. */
const PEAK_RSS_MIB = 1024;

let batch: string;
let goodOnly: string;
const badNames: string[] = [];

beforeAll(() => {
  batch = mkdtempSync(path.join(os.tmpdir(), "pbm-batch-"));
  goodOnly = mkdtempSync(path.join(os.tmpdir(), "pbm-good-"));
  const templates = seedTables();
  const r = rng(42);
  for (let i = 0; i < 180; i++) {
    const buf = makeWorkbook(r, { tables: 1 + (i % 4), tablesPerSheet: 2 }, templates);
    const name = `good-${String(i).padStart(3, "0")}.xlsx`;
    writeFileSync(path.join(batch, name), buf);
    writeFileSync(path.join(goodOnly, name), buf);
  }
  const bad = readdirSync(BAD).filter((f) => f !== "expected.json" && !/^(gbk|gb18030|utf16|name with|proto|ragged|nul|very-long|formula|one-mb|预算)/.test(f));
  for (let i = 0; badNames.length < 20; i++) {
    const src = bad[i % bad.length];
    const name = `bad-${String(badNames.length).padStart(2, "0")}-${src}`;
    copyFileSync(path.join(BAD, src), path.join(batch, name));
    badNames.push(name);
  }
  mkdirSync(path.join(batch, "folder-named.xlsx"));
});

function run(dir: string): ValidateReport {
  const r = pbm(["validate", dir, "-f", "json"], { timeout: 300_000 });
  expect(r.code, r.stderr).toBe(1);
  return JSON.parse(r.stdout) as ValidateReport;
}

describe("a batch with broken files", () => {
  it("reports all 180 good files exactly as without the broken ones", () => {
    const mixed = run(batch);
    const clean = run(goodOnly);
    expect(mixed.files).toHaveLength(200);
    const byName = new Map(mixed.files.map((f) => [path.basename(f.path), f]));
    for (const good of clean.files) {
      const f = byName.get(path.basename(good.path));
      expect(f, good.path).toBeDefined();
      expect(f!.status).not.toBe("error");
      expect(f!.tables.length).toBeGreaterThan(0);
      expect(f!.tables).toEqual(good.tables);
      expect(f!.findings.map((x) => [x.ruleId, x.location?.cell, x.message])).toEqual(good.findings.map((x) => [x.ruleId, x.location?.cell, x.message]));
    }
    for (const name of badNames) {
      const f = byName.get(name)!;
      expect(f.status, name).toBe("error");
      expect(f.findings).toHaveLength(1);
      expect(f.findings[0]).toMatchObject({ ruleId: "file-unreadable", category: "parse", severity: "error", table: null });
      expect(f.findings[0].message).toContain(name);
    }
  });

  it("explains broken files in English with --lang en", () => {
    const r = pbm(["validate", path.join(batch, badNames[0]), "--lang", "en", "-f", "compact"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(badNames[0]);
    expect(r.stdout.split(badNames[0]).join("")).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("peak memory on the bad-input corpus", () => {
  it(`stays under ${PEAK_RSS_MIB} MiB one file at a time and all together`, () => {
    const files = readdirSync(BAD).filter((f) => f !== "expected.json");
    const measure = (targets: string[]) => {
      const script = path.join(ROOT, "bench", "rss.mjs");
      const res = pbmNode([script, "validate", ...targets, "-f", "json"]);
      expect(res.code === 0 || res.code === 1, res.stderr).toBe(true);
      const last = JSON.parse(res.stderr.trim().split("\n").pop()!) as { maxRssKiB: number };
      return last.maxRssKiB / 1024;
    };
    for (const f of files) expect(measure([path.join(BAD, f)]), f).toBeLessThan(PEAK_RSS_MIB);
    expect(measure([BAD])).toBeLessThan(PEAK_RSS_MIB);
  });
});

function pbmNode(argv: string[]) {
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, timeout: 120_000, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
