import rule from "../../src/rules/annual-goal-copies-period-goal.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

const rows = [["产出指标", "数量指标", "建成高标准农田面积", ">=", "2", "万亩", "2023年12月"]];
const withGoals = (period: string | null, goals: [string, string][]) =>
  project({ goal: null, fields: [...(period ? ([["项目期", period]] as [string, string][]) : []), ...goals] }, rows);

ruleTester(rule, {
  valid: [
    { name: "seed 老旧小区: one goal", table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金") },
    { name: "corpus 02: 中期 and 年度 goals that differ (one-year project 202001-202012)", table: corpusTable("02") },
    { name: "中期 and 年度 goals that differ", table: withGoals("2021年-2025年", [["中期目标", "建成高标准农田 10 万亩。"], ["年度目标", "建成高标准农田 2 万亩。"]]) },
    { name: "a one-year project may state the same goal twice", table: withGoals("2023.01-2023.12", [["实施期目标", "完成降尘作业"], ["年度目标", "完成降尘作业"]]) },
    { name: "no project period known", table: withGoals(null, [["实施期目标", "完成降尘作业"], ["年度目标", "完成降尘作业"]]) },
  ],
  invalid: [
    {
      name: "年度目标 = 实施期目标 of a multi-year project (white space and punctuation aside)",
      table: withGoals("2023.07-2024.06", [["实施期目标", "完成城区主次干道降尘作业，改善空气质量。"], ["年度目标", "完成城区主次干道降尘作业 改善空气质量"]]),
      errors: [{ messageId: "copied", indicator: null, cell: "B9", data: { annual: "年度目标", period: "实施期目标" } }],
    },
  ],
});
