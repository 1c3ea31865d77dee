import rule from "../../src/rules/missing-cost-indicator.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: 担保补助资金 <= 800 万元", table: seedTable("融资担保补助项目") },
    { name: "seed 金融专项: a cost-control rate counts", table: seedTable("2023 年沈阳市金融专项") },
    { name: "seed 老旧小区: a transfer table (transfer-missing-cost-indicator)", table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金") },
    { name: "corpus 25: 项目总投入 under 成本指标", table: corpusTable("25") },
    { name: "corpus 12: 项目成本控制 (under 成效) is a cost by name", table: project({}, [["产出指标", "", "物业管理面积", "", "6500平方米", "", ""], ["成效指标", "", "项目成本控制", "", "不超预算", "", ""]]) },
  ],
  invalid: [
    { name: "seed 双一流", table: seedTable("省高等学校“双一流”建设"), errors: [{ messageId: "missingCost", indicator: null }] },
    {
      name: "corpus 03 村组干部报酬: no cost row",
      table: project({ name: "村组干部报酬", unit: "元", budget: "3309840" }, [
        ["效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", ""],
        ["产出指标", "数量指标", "村组干部230人", "≥", "230", "个", ""],
        ["满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", "95", "%", ""],
      ]),
      errors: [{ messageId: "missingCost", indicator: null }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 32: 项目金额 under 成本指标", table: corpusTable("32") }],
  invalid: [{ name: "corpus 08", table: corpusTable("08"), errors: [{ messageId: "missingCost", indicator: null }] }, { name: "corpus 03 村组干部报酬", table: corpusTable("03", "村组干部报酬"), errors: [{ messageId: "missingCost", indicator: null }] }, { name: "corpus 21", table: corpusTable("21"), errors: [{ messageId: "missingCost", indicator: null }] }],
});
