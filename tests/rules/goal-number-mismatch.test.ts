import rule from "../../src/rules/goal-number-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 双一流: 17 所 and 支持项目数量 >= 17 个", table: seedTable("省高等学校“双一流”建设") },
    { name: "corpus 32: 70个行政村 and 开展送戏进万村 ≥70村", table: corpusTable("32") },
    { name: "corpus 25: 8万亩 and 80000 (亩 in the name)", table: corpusTable("25") },
    {
      name: "a bound in the goal (不少于) is not an exact count",
      table: project({ goal: "培训不少于 200 人。" }, [["产出指标", "数量指标", "培训人数", "=", "150", "人", "2023年12月"]]),
    },
    {
      name: "2 万人次 in the goal equals 20000 人次",
      table: project({ goal: "全年培训 2 万人次。" }, [["产出指标", "数量指标", "培训人次", "=", "20000", "人次", "2023年12月"]]),
    },
  ],
  invalid: [
    {
      name: "seed 老旧小区: 855 个老旧小区 in the goal, 改造小区数 > 855 个",
      table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金"),
      errors: [{ messageId: "contradicts", indicator: "改造小区数", cell: "E119", data: { target: "> 855 个" } }],
    },
    {
      name: "the goal's count ruled out by the target",
      table: project({ goal: "全年完成老旧小区改造 300 户。" }, [["产出指标", "数量指标", "老旧小区改造户数", ">=", "350", "户", "2023年12月"]]),
      errors: [{ messageId: "contradicts", indicator: "老旧小区改造户数", cell: "F9" }],
    },
  ],
});
