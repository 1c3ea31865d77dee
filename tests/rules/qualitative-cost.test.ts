import rule from "../../src/rules/qualitative-cost.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { hunnan, jinrong, lvse, rongzi, saobao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "融资担保: 担保补助资金 <= 800 万元", table: rongzi() },
    { name: "金融专项: 成本控制率 <= 100 %", table: jinrong() },
    { name: "扫保: 扫保经费 = 25203 万元", table: saobao() },
  ],
  invalid: [
    { name: "浑南科技城: 经费支出规范性 = 合规", table: hunnan(), errors: [{ messageId: "qualitative", indicator: "经费支出规范性", cell: "F11", data: { value: "合规" } }] },
    { name: "绿色制造: 经费支出规范性 = 支出规范", table: lvse(), errors: [{ messageId: "qualitative", indicator: "经费支出规范性", cell: "F12", data: { value: "支出规范" } }] },
    {
      name: "two qualitative cost rows under a 101-style 成本指标 block",
      table: table({}, [["成本指标", "经济成本指标", "项目成本", null, "不超预算", null], ["", "社会成本指标", "社会成本", null, "无", null]]),
      errors: [
        { messageId: "qualitative", indicator: "项目成本", cell: "F10" },
        { messageId: "qualitative", indicator: "社会成本", cell: "F11", data: { value: "无" } },
      ],
    },
  ],
});
