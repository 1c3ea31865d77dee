import rule from "../../src/rules/qualitative-cost.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: <= 800 万元", table: seedTable("融资担保补助项目") },
    { name: "seed 医保: 减轻城乡居民参保成本 is a benefit, not the project's cost", table: seedTable("政府专项-城乡居民医疗保险补助") },
    { name: "corpus 32: 项目金额 5万元", table: corpusTable("32") },
    { name: "corpus 05: 社会成本 and 生态环境成本 in words are vague-value's and value-repeats-name's to judge", table: corpusTable("05") },
  ],
  invalid: [
    { name: "seed 浑南: 经费支出规范性 | 合规", table: seedTable("浑南科技城建设发展专项资金"), errors: [{ messageId: "qualitative", indicator: "经费支出规范性", cell: "F141", data: { value: "合规" } }] },
    { name: "corpus 02: 建设项目成本 | 参照政府采购成本控制", table: corpusTable("02"), errors: [{ messageId: "qualitative", indicator: "建设项目成本", cell: "G17" }] },
    { name: "corpus 05's 经济成本 资金使用效率 in words", table: project({}, [["成本指标", "经济成本指标", "资金使用效率", "", "高效", "", ""]]), errors: [{ messageId: "qualitative", indicator: "资金使用效率", cell: "F9" }] },
    {
      name: "corpus 12: 項目成本控制 | 不超預算 under 成效 (a cost by its name)",
      table: project({}, [["產出指標", "", "物業管理面積", "", "6500平方米", "", ""], ["成效指標", "", "指標2:項目成本控制", "", "不超預算", "", ""]]),
      errors: [{ messageId: "qualitative", indicator: "指標2:項目成本控制", cell: "F10", data: { value: "不超預算" } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 36: 补助标准 15", table: corpusTable("36") }],
  invalid: [{ name: "corpus 12: 項目成本控制 | 不超預算", table: corpusTable("12"), errors: [{ messageId: "qualitative", indicator: "指標(biāo)2:項(xiàng)目成本控制", cell: "C11" }] }],
});
