import rule from "../../src/rules/period-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

const rows = [["产出指标", "时效指标", "项目完成时间", "", "2023年12月", "", ""]];

ruleTester(rule, {
  valid: [
    { name: "seed: no period stated", table: seedTable("融资担保补助项目") },
    { name: "corpus 02: 项目起止时间 202001-202012 in a 2020 table", table: corpusTable("02") },
    { name: "corpus 07: 开始日期/结束日期 inside 2022", table: corpusTable("07") },
    { name: "corpus 36's 专项起止时间 2023年1月至12月", table: project({ fields: [["专项起止时间", "2023年1月至12月"]] }, rows) },
    { name: "a multi-year period that includes the year", table: project({ fields: [["项目期", "2022年3月-2024年11月"]] }, rows) },
  ],
  invalid: [
    {
      name: "corpus 25: 2023年底 after the 项目期's end 2023年11月",
      table: corpusTable("25"),
      errors: [{ messageId: "deadlineAfterPeriod", indicator: "项目完成时间", cell: "E18", data: { label: "项目期", end: "2023 年 11 月" } }],
    },
    {
      name: "a 2023 table whose period is 2022",
      table: project({ fields: [["项目起止时间", "2022.01-2022.12"]] }, rows),
      errors: [{ messageId: "periodOutsideYear", indicator: null, cell: "B8", data: { period: "2022.01-2022.12", year: 2023 } }],
    },
  ],
});
