/** normalize never throws: random grids made of real labels, odd text, numbers, dates and merges. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateTables } from "../../src/locate/index.js";
import type { Cell, Grid } from "../../src/model/grid.js";
import { Table } from "../../src/model/records.js";
import { normalizeBlock, normalizeWorkbook } from "../../src/normalize/index.js";
import { grid } from "../helpers/grid.js";

const WORDS = [
  "部门预算项目（政策）绩效目标表", "转移支付整体绩效目标表", "2023 年", "单位：万元", "项目(政策)名称", "转移支付名称", "主管部门",
  "实施单位", "预算资金情况", "总体目标", "年度目标", "绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标性质", "指标值",
  "中期指标值", "年度指标值", "度量单位", "完成时限", "权重", "指标解释", "项目名称", "产出指标", "数量指标", "效益指标", "满意度指标",
  "可持续影响指标", ">=", "≥", "≦", "=", "良好", "95%以上", "2023 年 12 月", "12月底", "-", "", "", "", "",
];

const cellArb: fc.Arbitrary<Cell | string | number | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.double({ noDefaultInfinity: false }) },
  { weight: 1, arbitrary: fc.constant<Cell>({ v: "2023-12-31", t: "d", z: "yyyy-mm-dd" }) },
  { weight: 1, arbitrary: fc.constant<Cell>({ v: 0.95, t: "n", z: "0%" }) },
  { weight: 1, arbitrary: fc.constant<Cell>({ v: "#REF!", t: "e" }) },
  { weight: 1, arbitrary: fc.constant<Cell>({ v: true, t: "b" }) },
  { weight: 3, arbitrary: fc.constant(null) },
);

const gridArb: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 30 }),
    fc.array(fc.record({ r: fc.nat(40), c: fc.nat(15), h: fc.nat(5), w: fc.nat(5) }), { maxLength: 4 }),
  )
  .map(([rows, merges]) =>
    grid(rows, { merges: merges.map((m) => ({ s: { r: m.r, c: m.c }, e: { r: m.r + m.h, c: m.c + m.w } })) }),
  );

describe("robustness", () => {
  it("locate + normalize never throw and always produce schema-valid tables", () => {
    fc.assert(
      fc.property(gridArb, (g) => {
        const tables = normalizeWorkbook({ path: "x.xlsx", format: "xlsx", grids: [g] });
        for (const t of tables) Table.parse(t);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("normalizeBlock never throws on a block that does not fit the grid", () => {
    const real = grid([
      ["项目名称", "甲"],
      ["预算资金情况", 10],
      ["一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"],
      ["产出指标", "数量指标", "件数", ">=", 5, "件", "2023年12月"],
    ]);
    const [block] = locateTables(real);
    expect(block).toBeDefined();
    fc.assert(
      fc.property(gridArb, (g) => {
        const t = normalizeBlock(block, g);
        Table.parse(t);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
