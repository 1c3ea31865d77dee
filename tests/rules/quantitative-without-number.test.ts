import rule from "../../src/rules/quantitative-without-number.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { gongjijin, hunnan, laojiu, patch } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "老旧小区: 是 with no operator", table: laojiu() },
    { name: "浑南科技城: qualitative rows without operators", table: hunnan() },
    { name: "公积金: 良好 under 度量单位 is a shifted value, not a unit", table: gongjijin() },
    { name: "marked 定性", table: patch(table({}, [["效益指标", "可持续影响指标", "就业服务体系", null, "持续完善", null]]), 0, { extra: { 指标值类型: "定性" } }) },
  ],
  invalid: [
    {
      name: "marked 定量 in the 指标值类型 column",
      table: patch(table({}, [["效益指标", "可持续影响指标", "就业服务体系", null, "持续完善", null]]), 0, { extra: { 指标值类型: "定量" } }),
      errors: [{ messageId: "typed", indicator: "就业服务体系", cell: "F10", data: { value: "持续完善" } }],
    },
    {
      name: "an operator with a text value",
      table: table({}, [["满意度指标", "服务对象满意度指标", "群众满意度", ">=", "良好", null]]),
      errors: [{ messageId: "operator", indicator: "群众满意度", cell: "F10", data: { operator: ">=", value: "良好" } }],
    },
    {
      name: "a unit with a text value and a rate without a number",
      table: table({}, [["效益指标", "社会效益指标", "保证单位正常运转", null, "应保尽保", "%"], ["产出指标", "质量指标", "验收合格率", null, "合格", null]]),
      errors: [
        { messageId: "unit", indicator: "保证单位正常运转", cell: "F10", data: { unit: "%" } },
        { messageId: "rate", indicator: "验收合格率", cell: "F11", data: { value: "合格" } },
      ],
    },
  ],
});
