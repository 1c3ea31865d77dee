/**
 * Every render reads back to the cells of the text render (read layer only): per corpus table, the
 * xlsx / xls / csv grids hold the same non-empty cell texts at the same positions as the .txt, whose
 * `#` lines at the top are not part of the table (the renders start at its first line).
 *
 * A cell's text is what a person sees: the displayed text of a number (100% for 1 formatted 0%,
 * 8,827,620.53 for a #,##0.00 number), the text of a value exported as a formula (=300天). With
 * those, the renders have no differences from the text: none are allowed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import type { Cell, Grid } from "../../src/model/grid.js";
import { readWorkbook } from "../../src/read/index.js";
import { inferLayout } from "../../scripts/corpus/layout.js";
import { readCorpusText } from "../../scripts/corpus/files.js";
import { percentAsFraction } from "../../scripts/render-corpus.js";
import { STEMS, absPath, metaLines } from "./cases.js";

const shown = (c: Cell) => (c.t === "n" || c.t === "d" ? (c.w ?? String(c.v)) : String(c.v));

/** A1 → text of every non-empty cell, rows counted from `from`. */
function cellTexts(g: Grid, from = 0): Record<string, string> {
  const out: Record<string, string> = {};
  g.rows.forEach((row, r) => {
    if (r < from || !row) return;
    row.forEach((c, k) => {
      if (c && shown(c) !== "") out[XLSX.utils.encode_cell({ r: r - from, c: k })] = shown(c);
    });
  });
  return out;
}

describe.each(["xlsx", "xls", "csv"] as const)("%s renders read as the text", (format) => {
  it.each(STEMS)("%s", async (stem) => {
    const text = await readWorkbook(absPath(stem, "txt"));
    const render = await readWorkbook(absPath(stem, format));
    expect(render.grids.map((g) => g.sheet)).toEqual(["Sheet1"]);
    if (format === "csv") expect(render).toMatchObject({ format: "csv", encoding: "gb18030" });
    else expect(render.format).toBe(format);
    expect(cellTexts(render.grids[0])).toEqual(cellTexts(text.grids[0], metaLines(stem)));
  });
});

describe("the workbooks store cells as exports do", () => {
  it.each(STEMS)("%s", async (stem) => {
    const { rows } = readCorpusText(stem);
    const xlsx = await readWorkbook(absPath(stem, "xlsx"));
    const xls = await readWorkbook(absPath(stem, "xls"));
    // merges: as the layout heuristic guessed them, the same in both workbooks
    const merges = inferLayout(rows).merges;
    expect(xlsx.grids[0].merges).toEqual(merges);
    expect(xls.grids[0].merges).toEqual(merges);
    // cell types, straight from SheetJS: numbers are numbers, `N%` is a fraction in the even-numbered
    // files, `=…` is a formula in the xlsx (the text in the xls)
    const ws = XLSX.read(readFileSync(absPath(stem, "xlsx")), { dense: true, cellFormula: true, sheetStubs: true, cellNF: true }).Sheets.Sheet1;
    const data = ws["!data"] as (XLSX.CellObject | undefined)[][];
    rows.forEach((row, r) =>
      row.forEach((s, c) => {
        if (s === "") return;
        const cell = data[r]?.[c];
        const at = `${stem} ${XLSX.utils.encode_cell({ r, c })} ${JSON.stringify(s)}`;
        if (s.startsWith("=") && s.length > 1) expect(cell?.f, at).toBe(s.slice(1));
        else if (/^\d+(\.\d+)?%$/.test(s) && percentAsFraction(stem)) expect([cell?.t, String(cell?.z).endsWith("%")], at).toEqual(["n", true]);
        else if (/^-?\d+(\.\d+)?$|^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && !/^-?0\d/.test(s)) expect(cell?.t, at).toBe("n");
        else expect([cell?.t, cell?.v], at).toEqual(["s", s]);
      }),
    );
  });

  it("the formula cells of 05 cache #NAME? and nothing, in turn", () => {
    const stem = STEMS.find((s) => s.startsWith("05-"))!;
    const ws = XLSX.read(readFileSync(absPath(stem, "xlsx")), { dense: true, cellFormula: true, sheetStubs: true }).Sheets.Sheet1;
    const formulas = (ws["!data"] as (XLSX.CellObject | undefined)[][]).flat().filter((c): c is XLSX.CellObject => typeof c?.f === "string");
    expect(formulas.map((c) => [c.f, c.t, c.t === "e" ? c.w : undefined])).toEqual([
      ["300天", "e", "#NAME?"],
      ["100百分比", "z", undefined],
      ["99百分比", "e", "#NAME?"],
      ["30000人次", "z", undefined],
      ["99百分比", "e", "#NAME?"],
    ]);
  });
});
