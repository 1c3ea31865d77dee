import rule from "../../src/rules/deadline-outside-year.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { saobao, shipin, shuzi } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "扫保: 2023 年 12 月 in 2023", table: saobao() },
    { name: "数字经济: 2023 年 11 月 is inside the year", table: shuzi() },
    { name: "食品 checked against budget year 2024 from settings", table: shipin(), settings: { budgetYear: 2024 } },
    { name: "no budget year known", table: table({ year: null }, [["产出指标", "数量指标", "培训人数", ">=", 200, "人", "2024 年 03 月"]]) },
    { name: "the normalizer left 2023年底 unparsed", table: (() => { const t = table({}, [["产出指标", "数量指标", "培训人数", ">=", 200, "人", "2023年底"]]); t.indicators[0].deadlineDate = null; return t; })() },
  ],
  invalid: [
    {
      name: "食品抽查检验: every row 2024 年 03 月 in a 2023 table → one table-level finding",
      table: shipin(),
      errors: [{ messageId: "allAfter", indicator: null, cell: "H10", data: { count: 7, deadline: "2024 年 03 月", year: 2023 } }],
    },
    {
      name: "one row after the year, one before",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人", "2024 年 3 月"],
        ["", "", "培训场次", ">=", 4, "场", "2022 年 12 月"],
        ["", "", "发放手册", ">=", 500, "本", "2023 年 12 月"],
      ]),
      errors: [
        { messageId: "after", indicator: "培训人数", cell: "H10", data: { deadline: "2024 年 3 月", year: 2023 } },
        { messageId: "before", indicator: "培训场次", cell: "H11", data: { deadline: "2022 年 12 月" } },
      ],
    },
    {
      name: "a 时效 value that runs into next year (服务周期 2023.07-2024.01)",
      table: table({}, [
        ["产出指标", "时效指标", "服务周期", null, "2023.07-2024.01", null],
        ["", "", "完成时间", null, "2023年12月31日前", null],
      ]),
      errors: [{ messageId: "valueAfter", indicator: "服务周期", cell: "F10", data: { date: "2024 年 1 月", year: 2023 } }],
    },
    {
      name: "a 完成时限 period that ends next year, whichever date the normalizer kept",
      table: (() => {
        const t = table({}, [["产出指标", "时效指标", "服务周期", "=", 100, "%", "2023.07-2024.01"]]);
        t.indicators[0].deadlineDate = { year: 2023, month: 7, day: null };
        return t;
      })(),
      errors: [{ messageId: "after", indicator: "服务周期", cell: "H10", data: { deadline: "2023.07-2024.01" } }],
    },
    {
      name: "settings.budgetYear overrides the table's year",
      table: saobao(),
      settings: { budgetYear: 2024 },
      errors: [{ messageId: "allBefore", indicator: null, cell: "H10", data: { count: 4, year: 2024 } }],
    },
  ],
});
