import rule from "../../src/rules/header-unit-conflict.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { rongzi, shuangyiliu } from "./seed-tables.js";

const withBudgetText = (text: string, unit: string, items: [string, string][] = []) => {
  const t = rongzi();
  t.budget = { amount: 800, unit, text, cell: "B7" };
  t.fields = [{ label: "预算资金情况", text, cell: "B7" }];
  t.budgetItems = items.map(([label, s]) => ({ label, money: { amount: 1, unit: "元", text: s, cell: "D7" } }));
  return t;
};

ruleTester(rule, {
  valid: [
    { name: "融资担保: a bare 800 under 单位：万元", table: rongzi() },
    { name: "双一流: 30000", table: shuangyiliu() },
    { name: "800万元 agrees with 单位：万元", table: withBudgetText("800万元", "万元") },
  ],
  invalid: [
    {
      name: "预算资金 800元 under 单位：万元",
      table: withBudgetText("800元", "元"),
      errors: [{ messageId: "conflict", indicator: null, cell: "B7", data: { declared: "万元", label: "预算资金情况", text: "800元", unit: "元" } }],
    },
    {
      name: "the budget and a budget item in other units",
      table: withBudgetText("0.08亿元", "亿元", [["其中：财政拨款", "8000000元"]]),
      errors: [
        { messageId: "conflict", cell: "B7", data: { unit: "亿元" } },
        { messageId: "conflict", cell: "D7", data: { label: "其中：财政拨款", unit: "元" } },
      ],
    },
  ],
});
