/**
 * The built CLI (dist/pbm/main.cjs) runs the same with or without its V8 code cache (main.cjs.cache):
 * a missing, damaged or stale cache is compiled around and replaced, and a cache that cannot be written
 * does not fail the run. Each test runs a private copy of the built package, so the checkout's dist/ is
 * neither changed nor raced by other test files.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValidateReport } from "../../src/model/finding.js";
import { ROOT } from "../helpers/bin.js";

const built = path.join(ROOT, "dist", "pbm", "main.cjs");
const workbook = path.join(ROOT, "fixtures", "seed", "seed-per-sheet.xlsx");
const broken = path.join(ROOT, "fixtures", "layouts", "f-drift.xlsx");
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "pbm-code-cache-"));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** bin/ and dist/pbm/ copied; package.json, docs/, schemas/ and node_modules/ as the checkout's. */
function install(name: string): { dir: string; cache: string; bundle: string } {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, "dist"), { recursive: true });
  cpSync(path.join(ROOT, "bin"), path.join(dir, "bin"), { recursive: true });
  cpSync(path.join(ROOT, "dist", "pbm"), path.join(dir, "dist", "pbm"), { recursive: true });
  cpSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
  for (const link of ["node_modules", "docs", "schemas"]) symlinkSync(path.join(ROOT, link), path.join(dir, link), "dir");
  const bundle = path.join(dir, "dist", "pbm", "main.cjs");
  return { dir, bundle, cache: `${bundle}.cache` };
}

function run(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(dir, "bin", "pbm.js"), ...args], {
    cwd: tmp,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", PBM_LANG: "" },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const firstLine = (file: string) => readFileSync(file, "latin1").split("\n", 1)[0];
/** What a cache names: the build (the bundle's first line) and the bundle's path. */
const madeFor = (bundle: string) => `${firstLine(bundle)} ${bundle}`;

describe("the CLI bundle's code cache", () => {
  const runs = [
    ["validate", workbook],
    ["validate", workbook, "-f", "json"],
    ["validate", broken, "--lang", "en", "-f", "compact"],
    // A --rule flag is validated with zod, which the bundle loads from a file of its own.
    ["validate", workbook, "--rule", "vague-value:off", "-f", "json"],
    ["validate", workbook, "--rule", "no-such-rule:error"],
    ["rules", "--format", "json"],
  ];
  let expected: { code: number | null; stdout: string; stderr: string }[];

  beforeAll(() => {
    expect(existsSync(built), "dist/pbm/main.cjs is made by npm run build").toBe(true);
    expect(firstLine(`${built}.cache`), "npm run build leaves a code cache for the bundle next to it").toBe(madeFor(built));
    const { dir, cache } = install("reference");
    run(dir, ["--version"]);
    const made = readFileSync(cache);
    expected = runs.map((args) => run(dir, args));
    expect(readFileSync(cache).equals(made), "a run with a cache V8 accepts leaves it as it is").toBe(true);
  });

  it("with the cache: the findings, the exit code and no warning", () => {
    const [stylish, json, , ruleOff, badRule] = expected;
    expect(stylish.code).toBe(1);
    expect(stylish.stderr).toBe("");
    const report = JSON.parse(json.stdout) as ValidateReport;
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.files[0].findings.every((f) => f.ruleId && f.location)).toBe(true);
    expect(report.files[0].findings.some((f) => f.ruleId === "vague-value")).toBe(true);
    const off = JSON.parse(ruleOff.stdout) as ValidateReport;
    expect(off.files[0].findings.length).toBeGreaterThan(0);
    expect(off.files[0].findings.some((f) => f.ruleId === "vague-value")).toBe(false);
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain("no-such-rule");
  });

  it("without a cache file: the same output and exit codes, and the run leaves a cache", () => {
    const { dir, cache } = install("missing");
    rmSync(cache);
    expect(runs.map((args) => run(dir, args))).toEqual(expected);
    expect(firstLine(cache)).toBe(madeFor(path.join(dir, "dist", "pbm", "main.cjs")));
  });

  it("a damaged cache file is ignored and replaced", () => {
    const { dir, cache, bundle } = install("damaged");
    for (const junk of [Buffer.from("not a cache"), Buffer.concat([Buffer.from(`${madeFor(bundle)}\n`), Buffer.alloc(4096, 7)])]) {
      writeFileSync(cache, junk);
      expect(runs.map((args) => run(dir, args))).toEqual(expected);
      expect(readFileSync(cache).equals(junk)).toBe(false);
      expect(firstLine(cache)).toBe(madeFor(bundle));
    }
  });

  it("a cache made for another build of the bundle is not used", () => {
    const { dir, cache, bundle } = install("stale");
    run(dir, ["--version"]);
    expect(firstLine(cache)).toBe(madeFor(bundle));
    const source = readFileSync(bundle, "latin1");
    // Another build: the same length (V8's own check passes), another first line.
    writeFileSync(bundle, source.replace(/^\/\/ pbm build [0-9a-f]/, (m) => m.slice(0, -1) + (m.endsWith("0") ? "1" : "0")), "latin1");
    expect(runs.map((args) => run(dir, args))).toEqual(expected);
    expect(firstLine(cache)).toBe(madeFor(bundle));
  });

  it("a cache made at another path is not used (a compiled script keeps the name it was cached under)", () => {
    const first = install("first");
    run(first.dir, ["--version"]);
    const moved = install("moved");
    cpSync(first.cache, moved.cache);
    expect(runs.map((args) => run(moved.dir, args))).toEqual(expected);
    expect(firstLine(moved.cache)).toBe(madeFor(moved.bundle));
  });

  it("a cache that cannot be written does not fail the run or leave files behind", () => {
    const { dir, cache } = install("unwritable");
    // A folder where the cache file goes: reading it and renaming onto it both fail, for root too.
    rmSync(cache);
    mkdirSync(path.join(cache, "in-the-way"), { recursive: true });
    expect(runs.map((args) => run(dir, args))).toEqual(expected);
    expect(readdirSync(path.dirname(cache)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("audit runs its workers from the bundle's folder", () => {
    const { dir } = install("audit");
    const report = path.join(tmp, "audit.json");
    const r = run(dir, ["audit", path.join(ROOT, "fixtures", "layouts"), "--jobs", "2", "--quiet", "-r", report]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect((JSON.parse(readFileSync(report, "utf8")) as { files: unknown[] }).files.length).toBe(readdirSync(path.join(ROOT, "fixtures", "layouts")).length);
  });
});
