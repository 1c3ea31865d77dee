/**
 * `npm test` needs only the checkout and the npm registry: no file beside the checkout (the team's shared
 * folder) and no program at a system path (browsers and office suites come from npm or, for the interop
 * tests, from PATH).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/bin.js";

const OUTSIDE = [/\.\.\/shared\b/, /\/work\/shared\b/, /\/usr\/(local\/)?bin\/(chromium|chrome|google-chrome|soffice|libreoffice)\b/];

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs|cjs|json)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe("self-contained checkout", () => {
  it("no source, test, script or benchmark names a path outside the checkout", () => {
    const hits: string[] = [];
    for (const file of ["src", "tests", "scripts", "bench", "bin"].flatMap(sources)) {
      readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (OUTSIDE.some((re) => re.test(line))) hits.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
