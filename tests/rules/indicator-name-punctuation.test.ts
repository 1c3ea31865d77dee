import { expect, it } from "vitest";
import rule from "../../src/rules/indicator-name-punctuation.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(["lvse", "liangpin"]),
    { name: "punctuation inside a name is fine", table: table({}, [["效益指标", "社会效益指标", "受助、受益学生占比", ">=", 90, "%"]]) },
  ],
  invalid: [
    {
      name: "绿色制造: 奖励企业金额与规定比例。",
      table: SEED.lvse(),
      errors: [{ messageId: "trailingPunctuation", indicator: "奖励企业金额与规定比例。", cell: "D13", data: { punctuation: "。", fixed: "奖励企业金额与规定比例" }, fix: "safe" }],
    },
    {
      name: "两品一标: two sentence-like names",
      table: SEED.liangpin(),
      errors: [
        { messageId: "trailingPunctuation", indicator: "提升群众放心消费农产品意识，消除消费恐慌。", cell: "D14", data: { fixed: "提升群众放心消费农产品意识，消除消费恐慌" } },
        { messageId: "trailingPunctuation", indicator: "消除媒体质疑，群众可享受到严格监管后的成果。", cell: "D15" },
      ],
    },
  ],
});

it("the safe fix rewrites the name cell", () => {
  const [f] = runRule(rule, SEED.lvse());
  expect(f.fix).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "D13", from: "奖励企业金额与规定比例。", to: "奖励企业金额与规定比例" }] });
});
