import rule from "../../src/rules/cost-not-amount.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 金融专项: 成本控制率 <= 100 % is a legitimate cost form", table: seedTable("2023 年沈阳市金融专项") },
    { name: "seed 融资担保: <= 800 万元", table: seedTable("融资担保补助项目") },
    { name: "corpus 01: 建设项目成本控制率 100 %", table: corpusTable("01") },
    { name: "corpus 32: 项目金额 5万元", table: corpusTable("32") },
    { name: "a unit cost", table: project({}, [["成本指标", "经济成本指标", "人均培训成本", "<=", "640", "元/人", "2023年12月"]]) },
    {
      name: "social and ecological costs in their own terms; a cost-saving rate",
      table: project({}, [
        ["成本指标", "社会成本指标", "对周边居民出行影响时长", "<=", "3", "个月", ""],
        ["", "生态环境成本指标", "植被破坏面积", "=", "0", "平方米", ""],
        ["", "经济成本指标", "项目成本节约率", ">=", "5", "%", ""],
      ]),
    },
  ],
  invalid: [
    {
      name: "corpus 07: the amount as the name and 100 % as the value",
      table: corpusTable("07"),
      errors: [{ messageId: "amountInName", indicator: "20万元", cell: "D23", data: { value: "100%" } }],
    },
    {
      name: "corpus 05's 资金使用效率 (its 二100百分比 read as =100百分比): a use rate filed as an economic cost",
      table: project({}, [["成本指标", "经济成本指标", "资金使用效率", "", "=100百分比", "", "2023年12月"]]),
      errors: [{ messageId: "notMoney", indicator: "资金使用效率", cell: "F9", data: { value: "=100百分比" } }],
    },
    {
      name: "a cost counted in 个",
      table: project({}, [["产出指标", "成本指标", "设备购置成本", "<=", "12", "台", "2023年12月"]]),
      errors: [{ messageId: "notMoney", indicator: "设备购置成本", cell: "F9", data: { value: "<= 12 台" } }],
    },
  ],
});
