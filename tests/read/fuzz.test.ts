/** Property tests (bounded): the CSV parser round-trips what a CSV writer writes; no input makes the reader throw anything but a ReadError. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReadError } from "../../src/model/grid.js";
import { readBytes, sniffFormat } from "../../src/read/index.js";
import { parseDelimited } from "../../src/read/text.js";
import { toCsv } from "../../scripts/make-fixtures.js";

const field = fc.string({ unit: fc.constantFrom("a", "1", "中", "文", ",", ";", "\t", '"', "\n", "\r\n", " ", "%", "≥"), maxLength: 8 });
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
// Cell text as in real comma-separated exports: commas, quotes and line breaks, but no tabs or semicolons
// (those would make a tiny file's delimiter genuinely ambiguous).
const csvField = fc.string({ unit: fc.constantFrom("a", "1", "中", ",", '"', "\n", " ", "%"), maxLength: 8 });
const csvRows = fc.array(fc.array(csvField, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

/** RFC 4180 writer that also quotes a field starting with a quote. */
const write = (data: string[][], d: string) =>
  data.map((r) => r.map((s) => (/[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)).join(d)).join("\r\n") + "\r\n";

describe("fuzz", () => {
  it("parseDelimited(write(rows)) gives the rows back, for comma, tab and semicolon", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(",", "\t", ";"), (data, d) => {
        const parsed = parseDelimited(write(data, d), d, () => {});
        expect(parsed.map((r) => Array.from(r, (c) => (c ? c.v : "")))).toEqual(
          data.map((r) => {
            const out = [...r];
            while (out.length && out[out.length - 1] === "") out.pop();
            return out;
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("the fixtures' CSV writer and the reader agree", () => {
    fc.assert(
      fc.property(csvRows, (data) => {
        const wb = readBytes(new TextEncoder().encode("\ufeff" + toCsv([["项目", "值"], ...data])), "f.csv");
        expect(Array.from(wb.grids[0].rows[1] ?? [], (c) => (c ? c.v : "")).join("|")).toBe(
          (() => {
            const out = [...data[0]];
            while (out.length && out[out.length - 1] === "") out.pop();
            return out.join("|");
          })(),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("any bytes: a Workbook or a ReadError, never another exception; sniffFormat never throws", () => {
    const starts = fc.constantFrom([], [0x50, 0x4b, 3, 4], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0x3c]);
    fc.assert(
      fc.property(starts, fc.uint8Array({ maxLength: 600 }), (head, tail) => {
        const bytes = Uint8Array.from([...head, ...tail]);
        expect(() => sniffFormat(bytes)).not.toThrow();
        try {
          readBytes(bytes, "x.xlsx");
        } catch (e) {
          expect(e).toBeInstanceOf(ReadError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
