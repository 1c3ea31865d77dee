import rule from "../../src/rules/duplicate-measure.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { fushi, fuwuxing, lvse, rongzi, saobao, shuangyiliu } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "绿色制造: 补助企业数量 and 重点培育企业数量 are different measures", table: lvse() },
    { name: "双一流: 支持项目数量", table: shuangyiliu() },
    { name: "融资担保: 担保补助资金", table: rongzi() },
    { name: "副食风险金: 拨付企业合计金额", table: fushi() },
    { name: "扫保: 扫保经费", table: saobao() },
    { name: "the same measure twice with the same target", table: table({}, [["产出指标", "数量指标", "培训人数", ">=", 200, "人"], ["", "", "培训人数量", ">=", 200, "人"]]) },
    { name: "the very same name twice is duplicate-indicator's finding", table: table({}, [["产出指标", "数量指标", "培训人数", ">=", 200, "人"], ["", "", "培训人数", ">=", 300, "人"]]) },
  ],
  invalid: [
    {
      name: "服务型制造: 奖励企业数 = 10 家 vs 奖励企业数量 >= 26 户",
      table: fuwuxing(),
      errors: [{ messageId: "conflict", indicator: "奖励企业数量", cell: "F11", data: { other: "奖励企业数", target: ">= 26 户", otherTarget: "= 10 家" } }],
    },
    {
      name: "two pairs of the same measure",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人"],
        ["", "", "新建公厕数", "=", 20, "座"],
        ["", "", "培训人数量", ">=", 300, "人"],
        ["", "", "新建公厕数量", "=", 20, "个"],
      ]),
      errors: [
        { messageId: "conflict", indicator: "培训人数量", cell: "F12", data: { other: "培训人数" } },
        { messageId: "conflict", indicator: "新建公厕数量", cell: "F13", data: { other: "新建公厕数" } },
      ],
    },
  ],
});
