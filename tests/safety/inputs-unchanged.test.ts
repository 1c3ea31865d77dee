/**
 * pbm never writes an input (issue 6 §4): every command runs over a folder of real fixtures,
 * good and bad, and every input's checksum is the same afterwards. Outputs go elsewhere.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pbm, ROOT } from "../helpers/bin.js";

let dir: string;
let out: string;
let before: Map<string, string>;

function checksums(folder: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const p = path.join(folder, name);
    if (statSync(p).isFile()) sums.set(name, createHash("sha256").update(readFileSync(p)).digest("hex"));
  }
  return sums;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "pbm-inputs-"));
  out = mkdtempSync(path.join(os.tmpdir(), "pbm-outputs-"));
  for (const sub of ["seed", "layouts", "bad"]) cpSync(path.join(ROOT, "fixtures", sub), path.join(dir, sub), { recursive: true });
  before = checksums(dir);
});

describe("inputs are never changed", () => {
  const commands: [string, (d: string, o: string) => string[]][] = [
    ["normalize json", (d, o) => ["normalize", d, "-f", "json", "-o", path.join(o, "n.json")]],
    ["normalize csv", (d, o) => ["normalize", d, "-f", "csv", "-o", path.join(o, "n.csv")]],
    ["validate stylish", (d) => ["validate", d]],
    ["validate sarif", (d, o) => ["validate", d, "-f", "sarif", "-o", path.join(o, "r.sarif")]],
    ["validate html", (d, o) => ["validate", d, "-f", "html", "-o", path.join(o, "r.html")]],
    ["validate cache", (d, o) => ["validate", d, "--cache", "--cache-location", path.join(o, "cache"), "-f", "json"]],
    ["audit reports", (d, o) => ["audit", d, "--quiet", "--jobs", "2", "-r", path.join(o, "a.xlsx"), "-r", path.join(o, "a.html"), "-r", path.join(o, "a.json")]],
    ["fix dry run", (d) => ["fix", d, "--dry-run", "-f", "json"]],
  ];
  for (const [name, args] of commands) {
    it(`${name}: exits 0/1 with a result and leaves every input byte-identical`, () => {
      const r = pbm(args(dir, out), { cwd: out });
      expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
      expect(checksums(dir)).toEqual(before);
    });
  }

  it("fix writes copies beside the inputs, never over them", () => {
    const r = pbm(["fix", path.join(dir, "seed")], { cwd: out });
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
    const after = checksums(dir);
    for (const [name, sum] of before) expect(after.get(name), name).toBe(sum);
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) expect(name).toMatch(/\.fixed\.|\.edits\.json$/);
  });

  it("refuses to write a report over an input", () => {
    const target = path.join(dir, "seed", "seed-gb18030.csv");
    for (const command of [["validate", "-f", "json", "-o"], ["normalize", "-o"]]) {
      const r = pbm([command[0], path.join(dir, "seed"), ...command.slice(1), target], { cwd: out });
      expect(r.code, `${command[0]}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain("seed-gb18030.csv");
    }
    const after = checksums(dir);
    for (const [name, sum] of before) expect(after.get(name), name).toBe(sum);
  });
});
