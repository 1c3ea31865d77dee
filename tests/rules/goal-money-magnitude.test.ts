import rule from "../../src/rules/goal-money-magnitude.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { fushi, jinrong, shuangyiliu } from "./seed-tables.js";
import { expect, it } from "vitest";

ruleTester(rule, {
  valid: [
    { name: "双一流: 3亿元 = 30000 万元 budget", table: shuangyiliu() },
    { name: "a goal without amounts", table: fushi() },
    { name: "a round part of the budget (100 万元 of 1000 万元) is not a slip", table: table({ budget: [1000, "万元"], goal: "其中设备购置 100 万元，培训 900 万元。" }, []) },
    { name: "no budget", table: table({ budget: null, goal: "合计 12357 亿元" }, []) },
  ],
  invalid: [
    {
      name: "金融专项: 合计 12357 亿元 against a 12357 万元 budget",
      table: jinrong(),
      errors: [
        { messageId: "magnitudeParts", indicator: null, cell: "B8", fix: "suggestion", data: { label: "总体目标", text: "12357 亿元", budget: "12357 万元", factor: "10000", parts: "12357 万元" } },
      ],
    },
    {
      name: "two slips in one goal (元 and 亿元 against 500 万元)",
      table: table({ budget: [500, "万元"], goal: "项目总投资 500 元，其中财政资金合计 500 亿元。" }, []),
      errors: [
        { messageId: "magnitude", indicator: null, cell: "B8", data: { text: "500 元", factor: "10000" } },
        { messageId: "magnitude", indicator: null, cell: "B8", data: { text: "500 亿元", factor: "10000" } },
      ],
    },
    {
      name: "a total word marks a round amount as the total (合计 10 亿元 against 1000 万元)",
      table: table({ budget: [1000, "万元"], goal: "预算资金合计 10 亿元。" }, []),
      errors: [{ messageId: "magnitude", data: { text: "10 亿元", factor: "100" } }],
    },
  ],
});

it("suggests the budget's unit in the goal cell and keeps the rest of the text", () => {
  const [f] = runRule(rule, jinrong());
  const edit = f.fix!.edits[0];
  expect(edit.cell).toBe("B8");
  expect(edit.to).toContain("合计 12357 万元，分为 8 个类别，其中");
  expect(edit.to.length).toBe(edit.from.length);
});
