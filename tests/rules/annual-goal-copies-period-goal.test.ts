import rule from "../../src/rules/annual-goal-copies-period-goal.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { jinrong, laojiu } from "./seed-tables.js";

const withGoals = (goals: [string, string, string][], period: string | null = "2023.07-2024.01") => {
  const t = table({}, [["产出指标", "数量指标", "建成高标准农田面积", ">=", 2, "万亩"]]);
  t.goals = goals.map(([label, text, cell]) => ({ label, text, cell }));
  if (period) t.fields = [{ label: "项目期", text: period, cell: "B5" }];
  return t;
};

ruleTester(rule, {
  valid: [
    { name: "老旧小区: one goal", table: laojiu() },
    { name: "金融专项: one goal", table: jinrong() },
    { name: "中期 and 年度 goals that differ", table: withGoals([["中期目标（2021年-2025年）", "建成高标准农田 10 万亩。", "B6"], ["年度目标", "建成高标准农田 2 万亩。", "B7"]]) },
    { name: "a one-year project may state the same goal twice", table: withGoals([["实施期目标", "完成降尘作业", "B6"], ["年度目标", "完成降尘作业", "B7"]], "2023.01-2023.12") },
    { name: "no project period known", table: withGoals([["实施期目标", "完成降尘作业", "B6"], ["年度目标", "完成降尘作业", "B7"]], null) },
    { name: "two empty-ish goals", table: withGoals([["实施期目标", "无", "B6"], ["年度目标", "无", "B7"]]) },
  ],
  invalid: [
    {
      name: "年度目标 = 实施期目标 (white space and punctuation aside)",
      table: withGoals([["实施期目标", "完成城区主次干道降尘作业，改善空气质量。", "B6"], ["年度目标", "完成城区主次干道降尘作业 改善空气质量", "B7"]]),
      errors: [{ messageId: "copied", indicator: null, cell: "B7", data: { annual: "年度目标", period: "实施期目标" } }],
    },
    {
      name: "two annual goals copying the period goal",
      table: withGoals([["中期目标（2021年-2025年）", "建成高标准农田 10 万亩", "B6"], ["年度目标", "建成高标准农田 10 万亩", "B7"], ["本年度绩效目标", "建成高标准农田10万亩", "B8"]]),
      errors: [
        { messageId: "copied", cell: "B7", data: { period: "中期目标（2021年-2025年）" } },
        { messageId: "copied", cell: "B8", data: { annual: "本年度绩效目标" } },
      ],
    },
  ],
});
