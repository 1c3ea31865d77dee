/**
 * The benchmark's smoke run (CI): every measure of issue 7 is produced and readable.
 * No timing assertions — speed belongs to `npm run bench`, not to tests.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "pbm-bench-smoke-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A duration as the runner prints it ("512 ms", "12.3 s") → milliseconds. */
function ms(text: string): number {
  const m = /^(\d+(?:\.\d+)?) (ms|s)\b/.exec(text.trim());
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * (m[2] === "s" ? 1000 : 1);
}

const ratioOf = (text: string) => Number(/(\d+\.\d+)×/.exec(text)?.[1]);

describe("bench/run.ts --smoke", () => {
  const out = path.join(dir, "RESULTS.md");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "bench/run.ts", "--smoke", "--out", out], {
    cwd: ROOT,
    stdio: "pipe",
    timeout: 280_000,
  });
  const text = readFileSync(out, "utf8");
  const rows = text
    .split("\n")
    .filter((l) => /^\| [a-eg] \|/.test(l))
    .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
  const of = (id: string) => rows.filter((r) => r[0] === id);

  it("names the machine and the run", () => {
    expect(text).toMatch(/^Machine: \d+ × .+, \d+ GiB, Node v\d+/m);
    expect(text).toMatch(/^Run: .*6 generated workbooks/m);
  });

  it("(a) validate vs the bare read, as shipped and on one thread, with wall and CPU ratios", () => {
    const a = of("a");
    expect(a.map((r) => r[1])).toEqual([expect.stringMatching(/CLI as shipped/), expect.stringMatching(/one thread/)]);
    for (const r of a) {
      expect(ms(r[2])).toBeGreaterThan(0);
      expect(ms(r[3])).toBeGreaterThan(0);
      expect(ratioOf(r[4])).toBeGreaterThan(0);
      expect(r[4]).toMatch(/CPU \d+\.\d+×/);
      expect(r[6]).toMatch(/^(met|\*\*missed\*\*)$/);
    }
    expect(Number(/\((\d+) indicators\)/.exec(a[0][1])?.[1])).toBeGreaterThan(0);
  });

  it("(b) audit with 2 vs 1 workers, (c) cold start", () => {
    const [b] = of("b");
    expect(ms(b[2])).toBeGreaterThan(0);
    expect(ms(b[3])).toBeGreaterThan(0);
    expect(ratioOf(b[4])).toBeGreaterThan(0);
    const [c] = of("c");
    expect(ms(c[2])).toBeGreaterThan(0);
    expect(ratioOf(c[4])).toBeGreaterThan(0);
  });

  it("(d) one row per size with time and peak RSS, and the growth ratio", () => {
    const d = of("d");
    const sizes = d.filter((r) => /indicator rows/.test(r[1]));
    expect(sizes.map((r) => /([\d,]+) indicator rows/.exec(r[1])?.[1])).toEqual(["500", "1,000"]);
    for (const r of sizes) {
      expect(ms(r[2])).toBeGreaterThan(0);
      expect(Number(/(\d+) MiB peak RSS/.exec(r[2])?.[1])).toBeGreaterThan(0);
      // every generated indicator row is found
      expect(/\(([\d,]+) found\)/.exec(r[1])?.[1]).toBe(/([\d,]+) indicator rows/.exec(r[1])?.[1]);
    }
    const growth = d.find((r) => /growth/.test(r[1]));
    expect(ratioOf(growth?.[4] ?? "")).toBeGreaterThan(0);
  });

  it("(f) audit memory: time and peak RSS per corpus size, and the growth ratio against its target", () => {
    const f = text
      .split("\n")
      .filter((l) => /^\| f \|/.test(l))
      .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
    expect(text).toContain("## Audit memory (issue 13)");
    const sizes = f.filter((r) => /^audit [\d,]+ files/.test(r[1]));
    expect(sizes).toHaveLength(2);
    for (const r of sizes) {
      expect(ms(r[2])).toBeGreaterThan(0);
      expect(Number(/^(\d+) MiB$/.exec(r[3])?.[1])).toBeGreaterThan(0);
      expect(Number(/\(([\d,]+) tables/.exec(r[1])?.[1].replace(/,/g, ""))).toBeGreaterThan(0);
    }
    const growth = f.find((r) => /growth/.test(r[1]));
    expect(ratioOf(growth?.[3] ?? "")).toBeGreaterThan(0);
    expect(growth?.[4]).toBe("≤ 1.2×");
    expect(growth?.[5]).toMatch(/^(met|\*\*missed\*\*)$/);
  });

  it("(e) csv and txt like (a), with time per indicator against xlsx", () => {
    const e = of("e");
    expect(e.map((r) => /validate \d+ (\w+)/.exec(r[1])?.[1])).toEqual(["csv", "txt"]);
    for (const r of e) {
      expect(ms(r[2])).toBeGreaterThan(0);
      expect(ms(r[3])).toBeGreaterThan(0);
      const [, own, xlsx] = /(\d+\.\d) µs vs (\d+\.\d) µs/.exec(r[5]) ?? [];
      expect(Number(own)).toBeGreaterThan(0);
      expect(Number(xlsx)).toBeGreaterThan(0);
      // the same tables in every format
      expect(/\((\d+) indicators\)/.exec(r[1])?.[1]).toBe(/\((\d+) indicators\)/.exec(of("a")[0][1])?.[1]);
    }
  });

  it("(g) the page in Chromium: a 1,000-indicator workbook painted, with its time and parts", () => {
    const [g] = of("g");
    expect(/\(([\d,]+) found\)/.exec(g[1])?.[1]).toBe("1,000");
    expect(ms(g[2])).toBeGreaterThan(0);
    expect(g[2]).toMatch(/checking \d+ ms, drawing \d+ ms/);
    expect(g[6]).toMatch(/^(met|\*\*missed\*\*)$/);
  });
});
