import { expect, it } from "vitest";
import rule from "../../src/rules/operator-lookalike.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";
import type { Table } from "../../src/model/records.js";

/** Rewrite operator cells as written (the builder writes the canonical operator). */
function raw(t: Table, ...ops: (string | null)[]): Table {
  ops.forEach((op, k) => {
    if (op !== null) t.indicators[k] = { ...t.indicators[k], operatorRaw: op };
  });
  return t;
}

const rows = () =>
  table({}, [
    ["产出指标", "数量指标", "培训人数", ">=", 200, "人"],
    ["", "质量指标", "验收合格率", "=", 100, "%"],
    ["", "成本指标", "项目总成本", "<=", 65, "万元"],
  ]);

ruleTester(rule, {
  valid: [
    ...seedValid(),
    { name: "≥ and ≤ are standard", table: raw(rows(), "≥", "=", "≤") },
    { name: "＝ goes with ≥ and ≤ (budget systems write it)", table: raw(rows(), "≥", "＝", "≤") },
  ],
  invalid: [
    {
      name: "≧ and full-width ＝ in an ASCII table",
      table: raw(rows(), "≧", "＝", null),
      errors: [
        { messageId: "lookalike", indicator: "培训人数", cell: "E10", data: { operator: "≧", expected: ">=" }, fix: "safe" },
        { messageId: "lookalike", indicator: "验收合格率", cell: "E11", data: { operator: "＝", expected: "=" }, fix: "safe" },
      ],
    },
    {
      name: "=> in a table that writes ≥",
      table: raw(rows(), "=>", null, "≤"),
      errors: [{ messageId: "lookalike", indicator: "培训人数", cell: "E10", data: { operator: "=>", expected: "≥" } }],
    },
  ],
});

it("the safe fix rewrites the whole operator cell", () => {
  const [f] = runRule(rule, raw(rows(), "=>", null, "≤"));
  expect(f.fix).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "E10", from: "=>", to: "≥" }] });
});
