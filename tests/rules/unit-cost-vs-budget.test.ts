import rule from "../../src/rules/unit-cost-vs-budget.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { rongzi, yibao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "医保 with a budget that covers 640 元 × 400.08 万人", table: yibao(300000) },
    { name: "融资担保: no per-unit cost", table: rongzi() },
    { name: "per month: 500 元/人·月 × 100 人 × 12 = 60 万元 within 100 万元", table: table({ budget: [100, "万元"] }, [["产出指标", "数量指标", "救助人数", ">=", 100, "人"], ["", "成本指标", "人均救助标准", "=", 500, "元/人·月"]]) },
    {
      name: "the standard applies to the quantity with the related name (培训补贴 × 培训人次, not 新增就业人数)",
      table: table({ budget: [5060.4, "万元"] }, [
        ["产出指标", "数量指标", "城镇新增就业人数", ">=", 6, "万人"],
        ["", "", "职业技能培训人次", ">=", 20000, "人次"],
        ["", "成本指标", "人均培训补贴", "<=", 1800, "元/人"],
      ]),
    },
    {
      name: "two unrelated quantities: no guess",
      table: table({ budget: [10, "万元"] }, [
        ["产出指标", "数量指标", "城镇新增就业人数", ">=", 6, "万人"],
        ["", "", "服务群众人数", ">=", 10, "万人"],
        ["", "成本指标", "人均补助标准", "<=", 1800, "元/人"],
      ]),
    },
    { name: "a factor option that tolerates 5 times the budget", table: yibao(), options: { factor: 5 } },
  ],
  invalid: [
    {
      name: "医保: 640 元/人/年 × 400.08 万人 ≈ 25.6 亿元 against 53704 万元",
      table: yibao(),
      errors: [
        {
          messageId: "aboveBudget",
          indicator: "人均财政补助标准",
          cell: "F13",
          data: { quantityName: "城乡居民基本医疗保险参保补助人数", product: "25.61 亿元", budget: "5.37 亿元", ratio: "4.8" },
        },
      ],
    },
    {
      name: "two standards, per person and per household, both far above the budget",
      table: table({ budget: [10, "万元"] }, [
        ["产出指标", "数量指标", "补助人数", ">=", 1, "万人"],
        ["", "", "补助户数", ">=", 5000, "户"],
        ["", "成本指标", "人均补助标准", "=", 100, "元/人"],
        ["", "", "户均补助标准", "=", 200, "元/户"],
      ]),
      errors: [
        { messageId: "aboveBudget", indicator: "人均补助标准", cell: "F12", data: { product: "100 万元", ratio: "10" } },
        { messageId: "aboveBudget", indicator: "户均补助标准", cell: "F13", data: { product: "100 万元" } },
      ],
    },
  ],
});
