import rule from "../../src/rules/timeliness-value.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "corpus 32: 项目完成时限 2025年12月", table: corpusTable("32") },
    { name: "corpus 25: 2023年底 is a date (deadline-outside-year judges it)", table: corpusTable("25") },
    { name: "a rate under 时效", table: seedTable("融资担保补助项目") },
    { name: "a quarter or a month with 底前 is a date: 第四季度末前, 11月底前", table: project({}, [["产出指标", "时效指标", "资金拨付时间", "", "第四季度末前", "", ""], ["", "", "完成时间", "", "11月底前", "", ""]]) },
    { name: "a time limit and 年底前", table: project({}, [["产出指标", "时效指标", "审批时限", "<=", "10", "个工作日", ""], ["", "", "完成时间", "", "年底前", "", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 21: 时效指标 | 全年",
      table: project({ name: "绿化养护经费", year: "2024 年" }, [["产出指标", "时效指标", "绿化养护时间", "", "全年", "", ""]]),
      errors: [{ messageId: "noDate", indicator: "绿化养护时间", cell: "F9", data: { value: "全年" } }],
    },
    { name: "seed 低保: 每月发放 under 时效", table: seedTable("政府民政大专项-城乡低保、特困人员救助"), errors: [{ messageId: "noDate", indicator: "每月发放", cell: "F224" }] },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 36: rates under 时效", table: corpusTable("36") }],
  invalid: [{ name: "corpus 21: 时效指标 | 全年 (the 指标名称 column holds the 二级)", table: corpusTable("21"), errors: [{ messageId: "noDate", indicator: "时效指标", cell: "D16", data: { value: "全年" } }] }],
});
