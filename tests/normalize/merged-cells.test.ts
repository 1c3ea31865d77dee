/**
 * A 完成时限, 运算符号 or 度量单位 merged down a block holds its text in the top-left cell only; every row
 * it covers has it (a workbook's merges are known, unlike a text export's).
 */
import { expect, it } from "vitest";
import { normalizeWorkbook } from "../../src/normalize/index.js";
import { grid } from "../helpers/grid.js";

const rows = [
  ["部门预算项目（政策）绩效目标表"],
  ["2023 年"],
  ["单位:万元"],
  ["项目(政策)名称", "测试项目"],
  ["主管部门", "测试局"],
  ["预算资金情况", 100],
  ["总体目标", "完成培训任务。"],
  ["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"],
  ["", "产出指标", "数量指标", "培训人数", ">=", 100, "人", "2023年12月"],
  ["", "", "", "培训场次", ">=", 5, "场", ""],
  ["", "", "质量指标", "培训合格率", ">=", 95, "%", ""],
  ["", "满意度指标", "服务对象满意度指标", "学员满意度", ">=", 90, "%", ""],
];

it("a merged 完成时限 applies to every row it covers, and only to those", () => {
  const g = grid(rows, { merges: [{ s: { r: 8, c: 7 }, e: { r: 10, c: 7 } }] });
  const [t] = normalizeWorkbook({ path: "m.xlsx", format: "xlsx", grids: [g] });
  expect(t.indicators.map((i) => [i.name, i.deadline, i.cells.deadline])).toEqual([
    ["培训人数", "2023年12月", "H9"],
    ["培训场次", "2023年12月", "H10"],
    ["培训合格率", "2023年12月", "H11"],
    ["学员满意度", null, "H12"],
  ]);
});

it("a merged operator and unit apply to every row they cover", () => {
  const blanks = rows.map((row, i) => (i === 11 ? ["", "满意度指标", "服务对象满意度指标", "学员满意度", "", 90, "", ""] : row));
  const g = grid(blanks, { merges: [{ s: { r: 10, c: 4 }, e: { r: 11, c: 4 } }, { s: { r: 10, c: 6 }, e: { r: 11, c: 6 } }] });
  const [t] = normalizeWorkbook({ path: "m.xlsx", format: "xlsx", grids: [g] });
  expect(t.indicators.slice(2).map((i) => [i.name, i.operator, i.unit])).toEqual([
    ["培训合格率", ">=", "%"],
    ["学员满意度", ">=", "%"],
  ]);
});
