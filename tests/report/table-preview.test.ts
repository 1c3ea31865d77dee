/**
 * src/report/table.ts patches cli-table3's Cell.draw (cli-table/cli-table3#362): upstream measured a
 * 10-column preview of the whole cell on every line it drew. Counted here, not timed: the patched table
 * never truncates a whole multi-line cell, truncates at most once per drawn cell line, and draws exactly
 * what upstream's draw draws.
 */
import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import stylish from "../../src/report/stylish.js";
import { context, sampleReport } from "./sample-report.js";

const require = createRequire(import.meta.url);
const utils = require("cli-table3/src/utils.js") as { truncate: (s: string, n: number, c?: string) => string };
const Cell = require("cli-table3/src/cell.js") as { prototype: { draw: (...a: unknown[]) => string } };
const original = utils.truncate;

/** A report whose messages are long Chinese sentences, many to a table. */
function longReport() {
  const report = sampleReport();
  const f0 = report.files[0].findings[0];
  const many = Array.from({ length: 60 }, (_, i) => ({ ...f0, message: `第${i + 1}条：${"指标值与计量单位不一致，请核对后按年度目标填写。".repeat(6)}` }));
  return { ...report, files: [{ ...report.files[0], findings: many }] };
}

afterEach(() => {
  utils.truncate = original;
});

describe("the patched cli-table3 cell", () => {
  it("never measures a whole multi-line cell, and truncates at most once per drawn line", () => {
    const calls: { text: string; width: number }[] = [];
    utils.truncate = (s, n, c) => {
      calls.push({ text: s, width: n });
      return original(s, n, c);
    };
    const out = stylish(longReport(), context({ width: 80 }));
    const lines = out.split("\n").length;
    expect(calls.filter((c) => c.text.includes("\n"))).toEqual([]);
    // 4 columns per table line at most; upstream added one whole-cell preview per cell line on top.
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(lines * 4);
  });

  it("draws what upstream's draw draws", async () => {
    const patched = Cell.prototype.draw;
    const report = longReport();
    const mine = stylish(report, context({ width: 80 }));
    // Upstream 0.6.5's draw: the same method with the preview line (only a debug message used it).
    Cell.prototype.draw = function (this: { content: string }, ...args: unknown[]) {
      utils.truncate(this.content, 10);
      return patched.apply(this, args);
    };
    try {
      expect(stylish(report, context({ width: 80 }))).toBe(mine);
    } finally {
      Cell.prototype.draw = patched;
    }
    expect(mine).toContain("第60条");
  });
});
