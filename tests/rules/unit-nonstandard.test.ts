import { expect, it } from "vitest";
import rule from "../../src/rules/unit-nonstandard.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { patch, saobao, yibao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "扫保: %, 个, 万元", table: saobao() },
    { name: "医保: 万人 and 元/人/年", table: yibao() },
    { name: "万 on a count row is left alone (a count of 万 is odd, but not money)", table: table({}, [["产出指标", "数量指标", "服务人口", ">=", 3, "万"]]) },
  ],
  invalid: [
    {
      name: "≦380万 on a cost row (unit inside the value)",
      table: patch(table({}, [["产出指标", "成本指标", "租赁服务成本", "<=", 380, null]]), 0, { valueRaw: "≦380万" }),
      errors: [{ messageId: "nonstandard", indicator: "租赁服务成本", cell: "F10", data: { unit: "万", suggested: "万元" }, fix: "suggestion" }],
    },
    {
      name: "百分比 and 亿 in the unit column",
      table: table({}, [["产出指标", "质量指标", "委托业务报告合格率", ">=", 100, "百分比"], ["", "数量指标", "带动投资金额", ">=", 2, "亿"]]),
      errors: [
        { messageId: "nonstandard", indicator: "委托业务报告合格率", cell: "G10", data: { suggested: "%" }, fix: "suggestion" },
        { messageId: "nonstandard", indicator: "带动投资金额", cell: "G11", data: { suggested: "亿元" }, fix: "suggestion" },
      ],
    },
  ],
});

it("suggests the edited cell text", () => {
  const t = patch(table({}, [["产出指标", "成本指标", "租赁服务成本", "<=", 380, null]]), 0, { valueRaw: "≦380万" });
  expect(runRule(rule, t)[0].fix?.edits).toEqual([{ sheet: "Sheet1", cell: "F10", from: "≦380万", to: "≦380万元" }]);
});
