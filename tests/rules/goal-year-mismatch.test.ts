import rule from "../../src/rules/goal-year-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

const rows = [["产出指标", "数量指标", "培训人数", ">=", "200", "人", "2023年12月"]];

ruleTester(rule, {
  valid: [
    { name: "seed 双一流: 〔2019〕19号 is an earlier document", table: seedTable("省高等学校“双一流”建设") },
    { name: "corpus 25: the goal of a 2022 table", table: corpusTable("25") },
    { name: "a cited plan's title: 按照《某县2021-2025年学前教育规划》", table: project({ goal: "按照《某县2021-2025年学前教育规划》，2023年资助家庭经济困难幼儿380人次。" }, rows) },
    {
      // Student aid runs by school year: a 2023 budget pays the autumn term and the following spring.
      name: "2024年春季学期 and 2023—2024学年 straddle the budget year",
      table: project({ goal: "资助2023年秋季学期和2024年春季学期家庭经济困难学生1000人，落实2023—2024学年国家助学金政策。" }, rows),
    },
    {
      name: "a 总体目标 within the stated project period 2023年1月-2024年12月",
      table: project({ goal: "2024年底前完成全部改造。", fields: [["项目期", "2023年1月-2024年12月"]] }, rows),
    },
    { name: "a later year in a 2024 table with budgetYear 2024", table: project({ goal: "2024 年完成" }, rows), settings: { budgetYear: 2024 } },
  ],
  invalid: [
    { name: "2024 年 in a 2023 goal", table: project({ goal: "2024 年底前完成全部改造。" }, rows), errors: [{ messageId: "goal", cell: "B7", data: { text: "2024 年", year: 2023 } }] },
    { name: "a later year outside the cited title still counts", table: project({ goal: "按照《某县2021-2025年学前教育规划》，2024年资助家庭经济困难幼儿380人次。" }, rows), errors: [{ messageId: "goal", cell: "B7", data: { text: "2024 年", year: 2023 } }] },
    { name: "the name says 2024", table: project({ name: "2024年道路维修项目" }, rows), errors: [{ messageId: "name", cell: "B4", data: { text: "2024 年" } }] },
  ],
});
