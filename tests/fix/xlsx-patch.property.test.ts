/** The package patcher agrees with SheetJS: after a patch, exactly the edited cell reads differently. */
import fc from "fast-check";
import * as XLSX from "xlsx";
import { describe, expect, it } from "vitest";
import { patchXlsx } from "../../src/fix/xlsx-patch.js";
import { a1 } from "../../src/model/a1.js";

const value = fc.oneof(fc.constantFrom("<=", ">=", "满意度", "<=", "a & b", " x "), fc.integer({ min: 0, max: 999 }));

function read(bytes: Uint8Array): string[][] {
  const wb = XLSX.read(bytes, { type: "buffer" });
  return wb.SheetNames.flatMap((n) => XLSX.utils.sheet_to_json<string[]>(wb.Sheets[n], { header: 1, raw: false, defval: "" }).map((r) => [n, ...r.map(String)]));
}

describe("patchXlsx against SheetJS", () => {
  it("changes exactly the edited cell, with shared or inline strings, on any sheet", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.nat(),
        fc.constantFrom(">=", "=", "≥", "满意度", "<=", "12"),
        (rows, sst, pick, to) => {
          const wb = XLSX.utils.book_new();
          XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "甲");
          XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "乙 & 丙");
          const bytes = XLSX.write(wb, { type: "buffer", bookType: "xlsx", bookSST: sst }) as Uint8Array;
          const sheet = pick % 2 ? "乙 & 丙" : "甲";
          const r = Math.floor(pick / 6) % rows.length;
          const c = Math.floor(pick / 2) % 3;
          const from = String(rows[r][c]);
          const { bytes: out, outcomes } = patchXlsx(bytes, [{ sheet, cell: a1(r, c), from, to }]);
          expect(outcomes[0]).toEqual({ status: "applied" });
          const before = read(bytes);
          const offset = before.findIndex((row) => row[0] === sheet);
          const expected = before.map((row, i) => (i === offset + r ? row.map((v, j) => (j === c + 1 ? to : v)) : row));
          expect(read(out)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
