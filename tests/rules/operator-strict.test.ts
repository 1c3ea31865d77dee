import { expect, it } from "vitest";
import rule from "../../src/rules/operator-strict.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(["laojiu"]),
    { name: ">= and <=", table: table({}, [["产出指标", "数量指标", "改造小区数", ">=", 855, "个"]]) },
    {
      name: "left to operator-direction and rate-at-least-100",
      table: table({}, [
        ["满意度指标", "服务对象满意度指标", "群众满意度", "<", 90, "%"],
        ["产出指标", "成本指标", "项目总成本", ">", 65, "万元"],
        ["", "质量指标", "验收合格率", ">", 100, "%"],
      ]),
    },
  ],
  invalid: [
    {
      name: "老旧小区: 改造小区数 > 855 个 (the goal promises exactly 855)",
      table: SEED.laojiu(),
      errors: [{ messageId: "strict", indicator: "改造小区数", cell: "E13", data: { value: "> 855 个", target: "855 个", expected: ">=" }, fix: "suggestion" }],
    },
    {
      name: "two strict operators",
      table: table({}, [
        ["产出指标", "质量指标", "验收合格率", ">", 92, "%"],
        ["", "成本指标", "单位成本", "<", 3, "万元"],
      ]),
      errors: [
        { messageId: "strict", indicator: "验收合格率", cell: "E10", data: { expected: ">=" } },
        { messageId: "strict", indicator: "单位成本", cell: "E11", data: { expected: "<=" } },
      ],
    },
  ],
});

it("suggests >= in the operator cell", () => {
  const [f] = runRule(rule, SEED.laojiu());
  expect(f.fix).toEqual({ kind: "suggestion", edits: [{ sheet: "Sheet1", cell: "E13", from: ">", to: ">=" }] });
});
