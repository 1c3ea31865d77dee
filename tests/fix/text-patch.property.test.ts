/** The byte patcher agrees with the reader: after a patch, the reader sees exactly the edited cell changed. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patchText } from "../../src/fix/text-patch.js";
import { a1 } from "../../src/model/a1.js";
import { decodeText, parseDelimited } from "../../src/read/text.js";

const field = fc.oneof(
  fc.constantFrom("", "<=", ">=", "满意度", "100", "2023 年 12 月", "a,b", 'say "hi"', " 空格 ", "≥"),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[\r\n\0]/g, "")),
);

function serialize(rows: string[][], delim: string, eol: string): string {
  const quote = (f: string) => (f.includes(delim) || f.includes('"') || f.startsWith(" ") ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(quote).join(delim)).join(eol) + eol;
}

function grid(bytes: Uint8Array, delim: string): string[][] {
  // Every generated row has 3 fields; the reader leaves trailing empty ones out.
  return parseDelimited(decodeText(bytes).text, delim, () => undefined).map((r) => Array.from({ length: Math.max(3, r.length) }, (_v, j) => (r[j] ? String(r[j]!.v) : "")));
}

describe("patchText against the reader", () => {
  it("changes exactly the edited cell as the reader sees it, for any table, delimiter and line ending", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 6 }),
        fc.constantFrom(",", "\t"),
        fc.constantFrom("\r\n", "\n"),
        fc.nat(),
        fc.constantFrom(">=", "=", "≤", "a,b"),
        (rows, delim, eol, pick, to) => {
          const text = serialize(rows, delim, eol);
          const bytes = new TextEncoder().encode(text);
          const r = Math.floor(pick / 3) % rows.length;
          const c = pick % 3;
          const before = grid(bytes, delim);
          const from = before[r]?.[c] ?? "";
          const { bytes: out, outcomes } = patchText(bytes, [{ sheet: "Sheet1", cell: a1(r, c), from, to }]);
          expect(outcomes[0]).toEqual({ status: "applied" });
          const after = grid(out, delim);
          const expected = before.map((row, i) => row.map((v, j) => (i === r && j === c ? to : v)));
          expect(after.map((row) => row.join("\u0001"))).toEqual(expected.map((row) => row.join("\u0001")));
          // Line endings are kept.
          expect(new TextDecoder().decode(out).split(eol).length).toBe(text.split(eol).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
