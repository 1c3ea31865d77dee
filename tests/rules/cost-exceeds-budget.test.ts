import rule from "../../src/rules/cost-exceeds-budget.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 副食风险金: 10317000 元 = the 1031.7 万元 budget", table: seedTable("副食风险金-冬春蔬菜和猪肉储备") },
    { name: "seed 服务型制造: <= 6100000 元 = 610 万元", table: seedTable("服务型制造示范企业、示范平台（项目）认定奖励") },
    { name: "seed 环卫扫保经费: 25203 万元 = the budget", table: seedTable("2023 年环卫扫保经费") },
    { name: "corpus 32: 项目金额 5万元 = the budget", table: corpusTable("32") },
    { name: "a unit cost is not a total", table: project({ budget: "100" }, [["产出指标", "成本指标", "人均补助标准", "=", "640", "元/人", "2023年12月"]]) },
    {
      // The whole project's investment spans years and funding sources; this year's budget is a part of it.
      name: "项目总投资 1200 万元 against this year's 100 万元",
      table: project({ budget: "100" }, [["成本指标", "经济成本指标", "项目总投资", "<=", "1200", "万元", "2023年12月"]]),
    },
  ],
  invalid: [
    {
      name: "a cost above the budget",
      table: project({ budget: "800" }, [["产出指标", "成本指标", "项目总成本", "<=", "850", "万元", "2023年12月"]]),
      errors: [{ messageId: "exceeds", indicator: "项目总成本", cell: "F9", data: { amount: "850 万元", budget: "800 万元" } }],
    },
    {
      name: "the budget's digits in 元: a unit slip",
      table: project({ budget: "610" }, [["产出指标", "成本指标", "补助资金总额", "<=", "610", "元", "2023年12月"]]),
      errors: [{ messageId: "magnitude", indicator: "补助资金总额", cell: "G9", data: { value: "610 元", factor: "10000" } }],
    },
  ],
});
