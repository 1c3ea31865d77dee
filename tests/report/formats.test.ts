import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FORMATS, getReporter } from "../../src/report/index.js";
import { cleanReport, context, sampleReport } from "./sample-report.js";

describe("getReporter", () => {
  it("returns a reporter for every format, each producing text for the sample and a clean report", async () => {
    for (const name of FORMATS) {
      const reporter = await getReporter(name);
      const out = reporter(sampleReport(), context());
      expect(out.length, name).toBeGreaterThan(0);
      expect(reporter(cleanReport(), context({ lang: "en" })), name).toEqual(expect.any(String));
    }
  });

  it("rejects an unknown format with a message that lists the formats", async () => {
    await expect(getReporter("xml")).rejects.toThrow(/xml/);
    const err = await getReporter("checkstyle").catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    for (const name of FORMATS) expect((err as Error).message).toContain(name);
  });

  it("keeps chalk and cli-table3 out of every reporter but stylish, and loads reporters lazily", () => {
    const dir = new URL("../../src/report/", import.meta.url);
    // Static imports reachable from a module, following relative imports.
    const reach = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      const src = readFileSync(new URL(file, dir), "utf8");
      for (const m of src.matchAll(/^import (?!type )[^;]*?from "([^"]+)"/gm)) {
        const spec = m[1];
        if (spec.startsWith("./")) reach(spec.slice(2).replace(/\.js$/, ".ts"), seen);
        else seen.add(spec);
      }
      return seen;
    };
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(FORMATS.map((f) => `${f}.ts`)));
    for (const f of FORMATS) {
      const deps = [...reach(`${f}.ts`)];
      const heavy = deps.filter((d) => d === "chalk" || d === "cli-table3");
      expect(heavy, f).toEqual(f === "stylish" ? ["chalk", "cli-table3"] : []);
    }
    const index = readFileSync(new URL("index.ts", dir), "utf8");
    const staticImports = [...index.matchAll(/^import (?!type)[^;]*from "([^"]+)"/gm)].map((m) => m[1]);
    expect(staticImports).toEqual([]);
  });

  it("machine formats never contain ANSI colour, even when colour is on", async () => {
    for (const name of FORMATS.filter((f) => f !== "stylish")) {
      const out = (await getReporter(name))(sampleReport(), context({ color: true }));
      // eslint-disable-next-line no-control-regex -- ESC starts an ANSI colour sequence
      expect(out, name).not.toMatch(/\u001b\[/);
    }
  });
});
