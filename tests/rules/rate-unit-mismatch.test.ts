import rule from "../../src/rules/rate-unit-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { laojiu, patch, rongzi, shuangyiliu, shipin, yibao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "老旧小区: 改造户数 in 万户", table: laojiu() },
    { name: "医保: 参保补助人数 in 万人, 完成率 in %", table: yibao() },
    { name: "融资担保: 担保费率 in %", table: rongzi() },
    { name: "双一流: 占比 in %", table: shuangyiliu() },
    { name: "食品: 事故发生次数 in 次数", table: shipin() },
    { name: "28.8万元 written in the value with % in the unit column is unit-value-mismatch's", table: patch(table({}, [["产出指标", "数量指标", "业务工作支出安排金额", null, 28.8, "%"]]), 0, { valueRaw: "28.8万元" }) },
    { name: "服务型制造: 及时拨付相关资金 = 100 % is a timeliness rate", table: table({}, [["产出指标", "时效指标", "及时拨付相关资金", "=", 100, "%"], ["", "", "资金拨付金额", "=", 100, "%"]]) },
    { name: "a cost-control rate in %", table: table({}, [["成本指标", "经济成本指标", "成本控制率", "<=", 100, "%"]]) },
  ],
  invalid: [
    {
      name: "a rate counted in 个",
      table: table({}, [["产出指标", "质量指标", "资金到位率", "=", 100, "个"]]),
      errors: [{ messageId: "rateUnit", indicator: "资金到位率", cell: "G10", data: { unit: "个" } }],
    },
    {
      name: "a rate in 天 and a count in %",
      table: table({}, [
        ["产出指标", "时效指标", "项目完成及时率", ">=", 30, "天"],
        ["", "数量指标", "补助企业数量", "=", 50, "%"],
      ]),
      errors: [
        { messageId: "rateUnit", indicator: "项目完成及时率", cell: "G10" },
        { messageId: "countPercent", indicator: "补助企业数量", cell: "G11", data: { unit: "%" } },
      ],
    },
    {
      name: "an amount in %",
      table: table({}, [["产出指标", "数量指标", "业务工作支出安排金额", null, 28.8, "%"]]),
      errors: [{ messageId: "moneyPercent", indicator: "业务工作支出安排金额", cell: "G10", data: { unit: "%" } }],
    },
  ],
});
