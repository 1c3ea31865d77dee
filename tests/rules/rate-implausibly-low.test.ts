import rule from "../../src/rules/rate-implausibly-low.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // 浑南 科技成果转化率 >= 10 % is legitimately low; it is in the same table, so the table is an invalid case below.
    ...seedValid(["hunnan"]),
    {
      name: "conversion, growth, coverage and share rates may be low",
      table: table({}, [
        ["产出指标", "质量指标", "科技成果转化率", ">=", 10, "%"],
        ["", "数量指标", "5G 网络覆盖率", ">=", 30, "%"],
        ["效益指标", "经济效益指标", "产值增长率", ">=", 8, "%"],
        ["", "", "高新技术企业占比", ">=", 20, "%"],
      ]),
    },
  ],
  invalid: [
    {
      name: "浑南科技城: 政策执行到位率 >= 10 % (科技成果转化率 >= 10 % stays quiet)",
      table: SEED.hunnan(),
      errors: [{ messageId: "tooLow", indicator: "政策执行到位率", cell: "F13", data: { value: ">= 10 %", minimum: 60 } }],
    },
    {
      name: "two low rates, custom minimum",
      options: { minimum: 90 },
      table: table({}, [
        ["产出指标", "质量指标", "验收合格率", ">=", 80, "%"],
        ["", "时效指标", "资金拨付及时率", "=", 85, "%"],
      ]),
      errors: [
        { messageId: "tooLow", indicator: "验收合格率", cell: "F10", data: { minimum: 90 } },
        { messageId: "tooLow", indicator: "资金拨付及时率", cell: "F11" },
      ],
    },
  ],
});
