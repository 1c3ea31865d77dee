import rule from "../../src/rules/cost-misfiled.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable, corpusTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 医保: 减轻城乡居民参保成本 is someone else's saving", table: seedTable("政府专项-城乡居民医疗保险补助") },
    { name: "seed 金融专项: 降低企业融资成本", table: seedTable("2023 年沈阳市金融专项") },
    {
      name: "people's costs brought down: 医疗费用负担 | 有效减轻, 群众出行成本 | 明显降低",
      table: project({}, [
        ["效益指标", "社会效益指标", "参保人员医疗费用负担", "", "有效减轻", "", "2023年12月"],
        ["", "经济效益指标", "群众出行成本", "", "明显降低", "", "2023年12月"],
      ]),
    },
    { name: "a funding guarantee under 效益", table: project({}, [["效益指标", "可持续影响指标", "经费保障机制", "", "健全", "", "2023年12月"]]) },
  ],
  invalid: [
    {
      name: "对控制基建项目成本影响程度 under 生态效益",
      table: project({}, [["效益指标", "生态效益指标", "对控制基建项目成本影响程度", "", "明显", "", "2023年12月"]]),
      errors: [{ messageId: "costUnderBenefit", indicator: "对控制基建项目成本影响程度", data: { level: "生态效益指标" } }],
    },
    {
      name: "corpus 12 (traditional characters): 項目成本控制 under 成效指標",
      table: project({ name: "海南省規劃展覽館運行維護項目" }, [
        ["產出指標", "", "指標1:物業管理面積", "", "6500平方米", "", ""],
        ["成效指標", "", "指標2:項目成本控制", "", "不超預算", "", ""],
      ]),
      errors: [{ messageId: "costUnderBenefit", indicator: "指標2:項目成本控制", data: { level: "成效指標" } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 32", table: corpusTable("32") }],
  invalid: [{ name: "corpus 12: 項目成本控制 under 成效指標", table: corpusTable("12"), errors: [{ messageId: "costUnderBenefit", indicator: "指標(biāo)2:項(xiàng)目成本控制" }] }],
});
