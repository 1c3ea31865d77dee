import rule from "../../src/rules/unit-counter-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 老旧小区: 改造户数 in 万户", table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金") },
    { name: "corpus 26's 补助人数 250人", table: project({}, [["产出指标", "数量指标", "补助人数", "", "250人", "", ""]]) },
    { name: "人次 for people, 户 for enterprises", table: project({}, [["产出指标", "数量指标", "培训人数", ">=", "200", "人次", ""], ["", "", "奖励企业数量", ">=", "26", "户", ""]]) },
    { name: "corpus 32", table: corpusTable("32") },
    {
      // 用户, 客户 are people or accounts, not households.
      name: "平台注册用户数 in 人, 服务客户数 in 人",
      table: project({}, [["产出指标", "数量指标", "平台注册用户数", ">=", "5000", "人", ""], ["", "", "服务客户数", ">=", "200", "人", ""]]),
    },
  ],
  invalid: [
    {
      name: "corpus 36: 户数 measured in 人/次",
      table: project({ columns: ["一级指标", "二级指标", "三级指标", "指标值"] }, [["产出指标", "数量指标", "年度申请就学补助户数", ">=101人/次"]]),
      errors: [{ messageId: "mismatch", indicator: "年度申请就学补助户数", cell: "E9", data: { what: "户数", unit: "人/次", expected: "户" } }],
    },
    {
      name: "corpus 03: 村组干部230人 counted in 个",
      table: project({}, [["产出指标", "数量指标", "村组干部230人", "≥", "230", "个", ""]]),
      errors: [{ messageId: "mismatch", indicator: "村组干部230人", cell: "G9", data: { what: "人数", expected: "人" } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 03 基层组织活动经费: 行政村数量 = 11 个", table: corpusTable("03", "基层组织活动经费") }],
  invalid: [{ name: "corpus 36: 年度申请就学补助户数 >=101人/次", table: corpusTable("36"), errors: [{ messageId: "mismatch", indicator: "年度申请就学补助户数", cell: "E21", data: { unit: "人/次" } }] }, { name: "corpus 03: 村组干部230人 in 个", table: corpusTable("03", "村组干部报酬"), errors: [{ messageId: "mismatch", indicator: "村组干部230人", cell: "J11" }] }, { name: "corpus 81: 消化利用农作物秸秆数量 5个", table: corpusTable("81"), errors: [{ messageId: "mismatch", indicator: "消化利用农作物秸秆数量", data: { what: "重量或体积" } }] }],
});
