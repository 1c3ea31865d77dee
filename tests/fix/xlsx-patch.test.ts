import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import type { CellEdit } from "../../src/model/finding.js";
import { patchXlsx } from "../../src/fix/xlsx-patch.js";
import { UnpatchableError } from "../../src/fix/patch-result.js";
import { cellsOf, entries, handMadeXlsx, PROJECT_SHEET, sharedStringsOf } from "./helpers.js";

const SHEET = "项目表";
const edit = (cell: string, from: string, to: string, sheet = SHEET): CellEdit => ({ sheet, cell, from, to });

function run(edits: CellEdit[]) {
  const before = handMadeXlsx();
  const { bytes, outcomes } = patchXlsx(before, edits);
  return { before: entries(before), after: entries(bytes), outcomes, bytes };
}

const text = (parts: Record<string, Uint8Array>, name: string) => strFromU8(parts[name]);

describe("patchXlsx", () => {
  it("changes only the edited cells and keeps every other part byte-identical, in order", () => {
    const { before, after, outcomes } = run([edit("E5", "<=", ">="), edit("E9", "=>", ">=")]);
    expect(outcomes).toEqual([{ status: "applied" }, { status: "applied" }]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === "xl/worksheets/sheet1.xml") continue;
      expect(Buffer.from(after[name]).equals(Buffer.from(before[name])), name).toBe(true);
    }
    const b = cellsOf(before["xl/worksheets/sheet1.xml"]);
    const a = cellsOf(after["xl/worksheets/sheet1.xml"]);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const changed = [...b.keys()].filter((k) => a.get(k) !== b.get(k));
    expect(changed).toEqual(["E5", "E9"]);
    // The style index of the patched cell stays: the bold red font survives.
    expect(JSON.parse(a.get("E5")!)["@_s"]).toBe("1");
  });

  it("repoints a shared string used by other cells to an existing item instead of editing it", () => {
    const { after } = run([edit("E5", "<=", ">=")]);
    const sheet = text(after, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<c r="E5" t="s" s="1"><v>6</v></c>');
    expect(sheet).toContain('<c r="E6" t="s"><v>0</v></c>');
    // The cover sheet's A1 still shows "<=" through item 0.
    expect(text(after, "xl/worksheets/sheet2.xml")).toContain("<v>0</v>");
    expect(sharedStringsOf(after["xl/sharedStrings.xml"])[0]).toContain("<=");
  });

  it("appends a new item for a shared string whose new text does not exist yet, and counts it", () => {
    const { before, after, outcomes } = run([edit("E6", "<=", "≥")]);
    expect(outcomes[0]).toEqual({ status: "applied" });
    const sst = text(after, "xl/sharedStrings.xml");
    expect(sst).toContain('uniqueCount="8"');
    expect(sst).toContain('count="10"');
    const items = sharedStringsOf(after["xl/sharedStrings.xml"]);
    expect(items.slice(0, 7)).toEqual(sharedStringsOf(before["xl/sharedStrings.xml"]));
    expect(items[7]).toContain("≥");
    expect(text(after, "xl/worksheets/sheet1.xml")).toContain('<c r="E6" t="s"><v>7</v></c>');
  });

  it("edits an unshared string item in place", () => {
    const { before, after } = run([edit("C7", "满意度", "服务对象满意度指标")]);
    const b = sharedStringsOf(before["xl/sharedStrings.xml"]);
    const a = sharedStringsOf(after["xl/sharedStrings.xml"]);
    expect(a).toHaveLength(b.length);
    expect(a[1]).toContain("服务对象满意度指标");
    expect(a.filter((x, i) => x !== b[i])).toHaveLength(1);
    expect(text(after, "xl/sharedStrings.xml")).toContain('uniqueCount="7"');
    expect(Buffer.from(after["xl/worksheets/sheet1.xml"]).equals(Buffer.from(before["xl/worksheets/sheet1.xml"]))).toBe(true);
  });

  it("writes text into number and inline cells as inline strings, and numbers as numbers", () => {
    const { after, outcomes } = run([edit("F7", "100", "= 100%"), edit("F5", "15.5", "16"), edit("F6", "0.955", "约 95.5%")]);
    expect(outcomes.every((o) => o.status === "applied")).toBe(true);
    const sheet = text(after, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<c r="F7" t="inlineStr"><is><t>= 100%</t></is></c>');
    expect(sheet).toContain('<c r="F5"><v>16</v></c>');
    expect(sheet).toContain('<c r="F6" s="2" t="inlineStr"><is><t>约 95.5%</t></is></c>');
  });

  it("matches a percent-formatted number by its shown percent and keeps it a number", () => {
    const { after, outcomes } = run([edit("F6", "95.5%", "90%")]);
    expect(outcomes).toEqual([{ status: "applied" }]);
    expect(text(after, "xl/worksheets/sheet1.xml")).toContain('<c r="F6" s="2"><v>0.9</v></c>');
    expect(run([edit("F6", "96%", "90%")]).outcomes[0]).toEqual({ status: "skipped", reason: "mismatch", actual: "0.955" });
  });

  it("adds a missing cell to its row in column order when the finding saw it empty", () => {
    const { after, outcomes } = run([edit("H5", "", "2023 年 12 月"), edit("A5", "", "x")]);
    expect(outcomes).toEqual([{ status: "applied" }, { status: "applied" }]);
    const sheet = text(after, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c><c r="B5"');
    expect(sheet).toContain('<v>15.5</v></c><c r="H5" t="inlineStr"><is><t>2023 年 12 月</t></is></c></row>');
  });

  it("skips an edit whose cell no longer holds the expected text, a formula, and unknown sheets or cells", () => {
    const { before, bytes, outcomes } = run([
      edit("E7", "<=", ">="),
      edit("G6", "95.5", "96"),
      edit("E5", "<=", ">=", "没有这个表"),
      edit("Z99", "<=", ">="),
    ]);
    expect(outcomes).toEqual([
      { status: "skipped", reason: "mismatch", actual: "≧" },
      { status: "skipped", reason: "formula" },
      { status: "skipped", reason: "sheet-not-found" },
      { status: "skipped", reason: "cell-not-found" },
    ]);
    // Nothing applied: the package is returned as it was.
    expect(Object.keys(entries(bytes))).toEqual(Object.keys(before));
  });

  it("finds sheets by their escaped names through the workbook relationships", () => {
    const { after, outcomes } = run([edit("A1", "<=", "≤", "封面 & 说明")]);
    expect(outcomes[0]).toEqual({ status: "applied" });
    expect(text(after, "xl/worksheets/sheet2.xml")).toContain("<v>7</v>");
    expect(text(after, "xl/worksheets/sheet1.xml")).toContain('<c r="E5" t="s" s="1"><v>0</v></c>');
  });

  it("handles sheet XML written with a namespace prefix (<x:c>)", () => {
    const prefixed = PROJECT_SHEET.replace(/<(\/?)(\w+)(?=[\s>/])/g, "<$1x:$2").replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
    expect(prefixed).toContain('<x:c r="E5" t="s" s="1"><x:v>0</x:v></x:c>');
    const { bytes, outcomes } = patchXlsx(handMadeXlsx(prefixed), [edit("E5", "<=", ">="), edit("E9", "=>", ">="), edit("H5", "", "x"), edit("G6", "95.5", "1")]);
    expect(outcomes.map((o) => o.status + (o.status === "skipped" ? `:${o.reason}` : ""))).toEqual(["applied", "applied", "applied", "skipped:formula"]);
    const sheet = strFromU8(entries(bytes)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<x:c r="E5" t="s" s="1"><x:v>6</x:v></x:c>');
    // New elements carry the document's prefix: unprefixed ones would be in no namespace.
    expect(sheet).toContain('<x:c r="E9" t="inlineStr"><x:is><x:t>&gt;=</x:t></x:is></x:c>');
    expect(sheet).toContain('<x:c r="H5" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>');
  });

  it("refuses a package without a workbook", () => {
    expect(() => patchXlsx(new Uint8Array([1, 2, 3]), [edit("A1", "a", "b")])).toThrow(UnpatchableError);
  });
});
