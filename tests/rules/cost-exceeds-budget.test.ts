import rule from "../../src/rules/cost-exceeds-budget.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { fushi, fuwuxing, rongzi, saobao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "担保补助资金 <= 800 万元 = the 800 万元 budget", table: rongzi() },
    { name: "发放补助资金金额 <= 6100000 元 = 610 万元", table: fuwuxing() },
    { name: "拨付企业合计金额 = 10317000 元 = 1031.7 万元", table: fushi() },
    { name: "扫保经费 = 25203 万元 = the budget", table: saobao() },
    { name: "a per-unit cost is not a total", table: table({ budget: [10, "万元"] }, [["成本指标", "经济成本指标", "人均补助标准", "<=", 640, "元/人/年"]]) },
    { name: "money outside the cost block is not compared", table: table({ budget: [800, "万元"] }, [["产出指标", "数量指标", "解决小微企业融资需求", "<=", 15.5, "亿元"]]) },
  ],
  invalid: [
    {
      name: "a cost above the budget",
      table: table({ budget: [800, "万元"] }, [["产出指标", "成本指标", "担保补助资金", "<=", 900, "万元"]]),
      errors: [{ messageId: "exceeds", indicator: "担保补助资金", cell: "F10", data: { amount: "900 万元", budget: "800 万元" } }],
    },
    {
      name: "the budget's digits in another unit (610 元 against 610 万元)",
      table: table({ budget: [610, "万元"] }, [["成本指标", "经济成本指标", "发放补助资金金额", "<=", 610, "元"]]),
      errors: [{ messageId: "magnitude", indicator: "发放补助资金金额", cell: "G10", data: { value: "610 元", factor: "10000" } }],
    },
    {
      name: "two cost rows above the budget, one in 亿元",
      table: table({ budget: [800, "万元"] }, [
        ["成本指标", "经济成本指标", "设备购置成本", "<=", 900, "万元"],
        ["", "", "建设成本", "<=", 0.1, "亿元"],
      ]),
      errors: [
        { messageId: "exceeds", indicator: "设备购置成本", cell: "F10" },
        { messageId: "exceeds", indicator: "建设成本", cell: "F11", data: { amount: "1000 万元" } },
      ],
    },
  ],
});
