import rule from "../../src/rules/deadline-outside-year.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

const row = (name: string, deadline: string) => ["产出指标", "数量指标", name, ">=", "1", "个", deadline];

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: 2023 年 12 月 in a 2023 table", table: seedTable("融资担保补助项目") },
    { name: "corpus 32: 项目完成时限 2025年12月 in a 2025 table", table: corpusTable("32") },
    { name: "corpus 07: 上报时间 2021-10-26 is a submission date, not a deadline", table: corpusTable("07") },
    { name: "12月底 and 年底前 take the table's year", table: project({}, [row("a", "12月底"), row("b", "年底前")]) },
    {
      name: "时效 values without a year stay in the table's year: 12月底前, 第四季度末前, 下半年",
      table: project({ columns: ["一级指标", "二级指标", "三级指标", "指标值"] }, [
        ["产出指标", "时效指标", "维修养护完成时间", "12月底前"],
        ["", "", "资金拨付时间", "第四季度末前"],
        ["", "", "验收时间", "下半年"],
      ]),
    },
    { name: "budgetYear from the settings", table: project({}, [row("a", "2024年6月")]), settings: { budgetYear: 2024 } },
  ],
  invalid: [
    {
      name: "a 时效 value in the year after the budget year, written 次年3月底前 (or 翌年)",
      table: project({ columns: ["一级指标", "二级指标", "三级指标", "指标值"] }, [
        ["产出指标", "时效指标", "维修养护完成时间", "12月底前"],
        ["", "", "资金支付时间", "次年3月底前"],
        ["", "", "工程结算时间", "翌年6月前"],
      ]),
      errors: [
        { messageId: "valueAfter", indicator: "资金支付时间", cell: "E10", data: { date: "2024 年 3 月", year: 2023 } },
        { messageId: "valueAfter", indicator: "工程结算时间", cell: "E11", data: { date: "2024 年 6 月", year: 2023 } },
      ],
    },
    {
      name: "seed 食品抽查: every row says 2024 年 03 月 — one table-level finding",
      table: seedTable("食品抽查检验专项经费"),
      errors: [{ messageId: "allAfter", indicator: null, cell: "H284", data: { count: 8, deadline: "2024 年 03 月", year: 2023 } }],
    },
    {
      name: "corpus 25: the 时效 value 2023年底 in a 2022 table",
      table: corpusTable("25"),
      errors: [{ messageId: "valueAfter", indicator: "项目完成时间", cell: "E18", data: { date: "2023 年 12 月", year: 2022 } }],
    },
    {
      name: "one after, one before",
      table: project({}, [row("a", "2024年3月"), row("b", "2022年12月"), row("c", "2023年12月")]),
      errors: [
        { messageId: "after", indicator: "a", cell: "H9", data: { deadline: "2024年3月" } },
        { messageId: "before", indicator: "b", cell: "H10" },
      ],
    },
    {
      name: "次年3月 is the next year's March",
      table: project({}, [row("资金清算", "次年3月"), row("b", "2023年全年")]),
      errors: [{ messageId: "after", indicator: "资金清算", cell: "H9", data: { deadline: "次年3月" } }],
    },
    {
      name: "a period that ends after the year",
      table: project({}, [row("服务周期", "2023.07-2024.01")]),
      errors: [{ messageId: "after", indicator: "服务周期", cell: "H9" }],
    },
  ],
});
