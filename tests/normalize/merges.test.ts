/** The merge index normalize reads blank operator, unit and deadline cells through. */
import { expect, it } from "vitest";
import { mergedTopLeft } from "../../src/normalize/merges.js";
import { grid } from "../helpers/grid.js";

const rows = Array.from({ length: 6 }, (_, r) => Array.from({ length: 4 }, (_, c) => `${r}:${c}`));

it("a cell under the first row of a vertical merge reads the merge's top-left cell", () => {
  const g = grid(rows, { merges: [{ s: { r: 1, c: 2 }, e: { r: 3, c: 3 } }] });
  expect(mergedTopLeft(g, 2, 2)).toEqual({ r: 1, c: 2 });
  expect(mergedTopLeft(g, 3, 3)).toEqual({ r: 1, c: 2 });
  // The merge's own first row, and cells outside it, are themselves.
  expect(mergedTopLeft(g, 1, 3)).toEqual({ r: 1, c: 3 });
  expect(mergedTopLeft(g, 4, 2)).toEqual({ r: 4, c: 2 });
  expect(mergedTopLeft(g, 2, 1)).toEqual({ r: 2, c: 1 });
});

it("a horizontal merge is not read from a row above", () => {
  const g = grid(rows, { merges: [{ s: { r: 2, c: 0 }, e: { r: 2, c: 3 } }] });
  expect(mergedTopLeft(g, 2, 3)).toEqual({ r: 2, c: 3 });
});

it("of overlapping merges the first listed wins, as in the workbook's order", () => {
  const g = grid(rows, {
    merges: [
      { s: { r: 0, c: 1 }, e: { r: 4, c: 1 } },
      { s: { r: 2, c: 1 }, e: { r: 5, c: 1 } },
    ],
  });
  expect(mergedTopLeft(g, 3, 1)).toEqual({ r: 0, c: 1 });
  expect(mergedTopLeft(g, 5, 1)).toEqual({ r: 2, c: 1 });
});

it("a merge down a whole column (1,048,576 rows) only indexes the rows the grid has", () => {
  const g = grid(rows, { merges: [{ s: { r: 0, c: 0 }, e: { r: 1_048_575, c: 0 } }] });
  expect(mergedTopLeft(g, 5, 0)).toEqual({ r: 0, c: 0 });
  expect(mergedTopLeft(g, 6, 0)).toEqual({ r: 6, c: 0 });
});
