import rule from "../../src/rules/unit-cost-vs-budget.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    {
      name: "a standard times its quantity within the budget",
      table: project({ budget: "10" }, [["产出指标", "数量指标", "补助人数", ">=", "100", "人", ""], ["", "成本指标", "人均补助标准", "=", "800", "元/人", ""]]),
    },
    { name: "元/人/天: the number of days is unknown", table: project({ budget: "1" }, [["产出指标", "数量指标", "补助人数", ">=", "100", "人", ""], ["", "成本指标", "补助标准", "=", "80", "元/人/天", ""]]) },
    {
      // 1 万亩 is 10⁴ 亩, not 10⁴ × 666.67 平方米 亩: 1500 元/亩 × 1 万亩 = 1500 万元.
      name: "1500 元/亩 × 1 万亩 = 1500 万元 within a 1500 万元 budget",
      table: project({ budget: "1500" }, [["产出指标", "数量指标", "高标准农田建设面积", ">=", "1", "万亩", ""], ["", "成本指标", "亩均建设成本", "<=", "1500", "元/亩", ""]]),
    },
  ],
  invalid: [
    {
      name: "2000 元/亩 × 1 万亩 = 2000 万元 against 1000 万元",
      table: project({ budget: "1000" }, [["产出指标", "数量指标", "高标准农田建设面积", ">=", "1", "万亩", ""], ["", "成本指标", "亩均建设成本", "<=", "2000", "元/亩", ""]]),
      errors: [{ messageId: "aboveBudget", indicator: "亩均建设成本", data: { product: "2000 万元", ratio: "2" } }],
    },
    {
      name: "seed 医保: 640 元/人/年 × 400.08 万人 ≈ 25.61 亿元 against 5.37 亿元",
      table: seedTable("政府专项-城乡居民医疗保险补助"),
      errors: [{ messageId: "aboveBudget", indicator: "人均财政补助标准", cell: "F160", data: { product: "25.61 亿元", budget: "5.37 亿元", ratio: "4.8" } }],
    },
    {
      name: "corpus 26: 1130 元/月/人 × 250 人 × 12 ≈ 339 万元 against 200 万元",
      table: project({ budget: "200" }, [["产出指标", "数量指标", "补助人数", "", "250人", "", ""], ["", "成本指标", "补贴标准", "", "1130元/月/人", "", ""]]),
      errors: [{ messageId: "aboveBudget", indicator: "补贴标准", data: { product: "339 万元" } }],
    },
  ],
});
