import rule from "../../src/rules/goal-number-mismatch.js";
import { expect, it } from "vitest";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { fuwuxing, jinrong, laojiu, shuangyiliu } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "双一流: 17所 in the goal, 支持项目数量 >= 17 个", table: shuangyiliu() },
    { name: "服务型制造: last year's 26 个 / 10 个 projects against 家 and 户 counts", table: fuwuxing() },
    { name: "金融专项: money and 8 个类别 are not indicator counts", table: jinrong() },
    { name: "a bound in the goal (不少于 855 个) is not an exact count", table: table({ goal: "改造不少于 855 个老旧小区" }, [["产出指标", "数量指标", "改造小区数", ">", 855, "个"]]) },
    { name: "2 万人次 in the goal = 20000 人次 in the indicator", table: table({ goal: "开展职业技能培训 2 万人次" }, [["产出指标", "数量指标", "职业技能培训人次", ">=", 20000, "人次"]]) },
    { name: "= 855 matches 855 个", table: table({ goal: "全面完成 2023 年 855 个老旧小区改造工程" }, [["产出指标", "数量指标", "改造小区数", "=", 855, "个"]]) },
  ],
  invalid: [
    {
      name: "a goal in 万人次 against an indicator in 人次",
      table: table({ goal: "开展职业技能培训 2 万人次" }, [["产出指标", "数量指标", "职业技能培训人次", ">=", 25000, "人次"]]),
      errors: [{ messageId: "contradicts", indicator: "职业技能培训人次", cell: "F10", data: { goalText: "开展职业技能培训2 万人次" } }],
    },
    {
      name: "老旧小区: goal 855 个 vs 改造小区数 > 855",
      table: laojiu(),
      errors: [{ messageId: "contradicts", indicator: "改造小区数", cell: "E13", data: { label: "总体目标", name: "改造小区数", target: "> 855 个" } }],
    },
    {
      name: "two counts of the goal contradicted",
      table: table({ goal: "改造 855 个老旧小区，新建 20 座公共厕所。" }, [
        ["产出指标", "数量指标", "改造小区数", ">", 855, "个"],
        ["", "", "新建公共厕所数量", "=", 25, "座"],
      ]),
      errors: [
        { messageId: "contradicts", indicator: "改造小区数", cell: "E10" },
        { messageId: "contradicts", indicator: "新建公共厕所数量", cell: "F11", data: { target: "= 25 座" } },
      ],
    },
  ],
});

it("leaves a 中期目标 alone when the table has a 年度目标", () => {
  const t = table({ goal: "建成高标准农田 2 万亩" }, [["产出指标", "数量指标", "新建高标准农田面积", "=", 2, "万亩"]]);
  t.goals = [
    { label: "中期目标（2021年-2025年）", text: "建成高标准农田 10 万亩", cell: "B7" },
    { label: "年度目标", text: "建成高标准农田 2 万亩", cell: "B8" },
  ];
  expect(runRule(rule, t)).toEqual([]);
  t.goals = [t.goals[0]];
  expect(runRule(rule, t).map((f) => f.messageId)).toEqual(["contradicts"]);
});
