import rule from "../../src/rules/deadline-unparseable.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

const row = (deadline: string) => ["产出指标", "数量指标", "培训人数", ">=", "200", "人", deadline];

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: 2023 年 12 月", table: seedTable("融资担保补助项目") },
    { name: "the spellings people use", table: project({}, [row("2023.12"), row("2023-12-31"), row("2023年底"), row("12月底"), row("年底前"), row("20231231")]) },
    {
      // A year written out or a recurring date is a time a reviewer can check, even where pbm cannot pin it to a day.
      name: "2023年全年, 当年12月, 2023年第四季度, 每月10日前, 2023年秋季学期, 2023-2024学年",
      table: project({}, [row("2023年全年"), row("当年12月"), row("2023年第四季度"), row("每月10日前"), row("每季度末"), row("2023年秋季学期"), row("2023-2024学年")]),
    },
  ],
  invalid: [
    {
      name: "按时 and 在项目计划完成时间内完成 name no date",
      table: project({}, [row("按时"), row("在项目计划完成时间内完成")]),
      errors: [
        { messageId: "unparseable", cell: "H9", data: { deadline: "按时" } },
        { messageId: "unparseable", cell: "H10", data: { deadline: "在项目计划完成时间内完成" } },
      ],
    },
    {
      name: "长期 and 1年 are no deadline",
      table: project({}, [row("长期"), row("1年")]),
      errors: [
        { messageId: "unparseable", data: { deadline: "长期" } },
        { messageId: "unparseable", data: { deadline: "1年" } },
      ],
    },
    { name: "12月底 without any year known", table: project({ year: null, title: "部门预算项目（政策）绩效目标表" }, [row("12月底")]), errors: [{ messageId: "unparseable", cell: "H9" }] },
  ],
});
