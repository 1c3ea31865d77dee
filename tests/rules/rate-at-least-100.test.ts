import { expect, it } from "vitest";
import rule from "../../src/rules/rate-at-least-100.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // Includes the ok items 资金拨付及时率 = 100 %, 验收合格率 = 100 %, 支付准确率 = 100 %, 项目完成及时率 >= 95 %.
    ...seedValid(["jinrong", "lvse", "fuwuxing"]),
    { name: "satisfaction >= 100 % is satisfaction-target's", table: table({}, [["满意度指标", "服务对象满意度指标", "群众满意度", ">=", 100, "%"]]) },
    { name: "growth rates", table: table({}, [["效益指标", "经济效益指标", "收入增长率", ">=", 100, "%"]]) },
  ],
  invalid: [
    {
      name: "金融专项: 符合条件申报对象覆盖率 >= 100 %",
      table: SEED.jinrong(),
      errors: [{ messageId: "atLeastHundred", indicator: "符合条件申报对象覆盖率", cell: "E14", data: { value: ">= 100 %" }, fix: "safe" }],
    },
    {
      name: "绿色制造: 奖励资金到位企业比例 and 资金拨付及时率",
      table: SEED.lvse(),
      errors: [
        { messageId: "atLeastHundred", indicator: "奖励资金到位企业比例", cell: "E12", fix: "safe" },
        { messageId: "atLeastHundred", indicator: "资金拨付及时率", cell: "E14", fix: "safe" },
      ],
    },
    {
      name: "服务型制造: 资金到位率 and 经费拨付到位率",
      table: SEED.fuwuxing(),
      errors: [
        { messageId: "atLeastHundred", indicator: "资金到位率", cell: "E12" },
        { messageId: "atLeastHundred", indicator: "经费拨付到位率", cell: "E13" },
      ],
    },
    {
      name: "> 100 % cannot be met",
      table: table({}, [["产出指标", "质量指标", "验收合格率", ">", 100, "%"]]),
      errors: [{ messageId: "aboveHundred", indicator: "验收合格率", cell: "E10", fix: "suggestion" }],
    },
  ],
});

it("the safe fix turns >= into = in the operator cell", () => {
  const [f] = runRule(rule, SEED.jinrong());
  expect(f.fix).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "E14", from: ">=", to: "=" }] });
});

it("edits the value cell when the operator is inside it", () => {
  const t = table({}, [["产出指标", "质量指标", "验收合格率", ">=", 100, "%"]]);
  t.indicators[0] = { ...t.indicators[0], operatorRaw: "≥", valueRaw: "≥100%" };
  const [f] = runRule(rule, t);
  expect(f.at?.cell).toBe("F10");
  expect(f.fix).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "F10", from: "≥100%", to: "=100%" }] });
});
