import rule from "../../src/rules/period-budget-below-year.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, readTable } from "../helpers/tsv.js";

/** The 88号 申报表's money block: 中期 on the left, 年度 on the right, then one indicator. */
const table = (money: string[][]) =>
  readTable(
    [
      ["项目支出绩效目标申报表"],
      ["(2023年度)"],
      ["项目名称", "城管执法车辆维修燃油费"],
      ["主管部门", "某市城市管理局", "实施单位", "某市城管执法大队"],
      ...money,
      ["总体目标", "保障执法车辆的维修及燃油费用。"],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
      ["", "产出指标", "数量指标", "完成修理养护的车辆数量", "≥90辆"],
    ]
      .map((r) => r.join("\t"))
      .join("\n"),
  );

ruleTester(rule, {
  valid: [
    { name: "corpus 02: 资金总额 10000万元 = 当年资金总额 10000万元", table: corpusTable("02") },
    { name: "corpus 10: 中期市财政预算 far above the year's", table: corpusTable("10") },
    {
      name: "a one-year project: the two totals are equal",
      table: table([
        ["项目资金 (万元)", "中期资金总额:", "340.00", "年度资金总额:", "340.00"],
        ["", "其中:财政拨款", "340.00", "其中:财政拨款", "340.00"],
      ]),
    },
    {
      name: "an empty 中期 box is a missing figure, not a smaller one; 其中 lines are not totals",
      table: table([
        ["项目资金 (万元)", "中期资金总额:", "", "年度资金总额:", "340.00"],
        ["", "其中:财政拨款", "100.00", "其中:财政拨款", "340.00"],
      ]),
    },
    {
      name: "units are converted before comparing (实施期资金总额 0.12 亿元 = 1200 万元 ≥ 年度资金总额 650 万元)",
      table: table([
        ["实施期资金总额", "0.12亿元"],
        ["年度资金总额", "650万元"],
      ]),
    },
  ],
  invalid: [
    {
      name: "中期资金总额 170 beside 年度资金总额 340 (a real 2023 申报表)",
      table: table([
        ["项目资金 (万元)", "中期资金总额:", "170.00", "年度资金总额:", "340.00"],
        ["", "其中:财政拨款", "170.00", "其中:财政拨款", "340.00"],
        ["", "其他资金", "0.00", "其他资金", "0.00"],
      ]),
      errors: [{ messageId: "periodBelowYear", indicator: null, cell: "C5", data: { period: "中期资金总额", year: "年度资金总额", periodText: "170.00 万元", yearText: "340.00 万元" } }],
    },
    {
      name: "one total per line, in 元 and 万元: 实施期资金总额 500000 元 below 年度资金总额 80 万元",
      table: table([
        ["实施期资金总额", "500000元"],
        ["年度资金总额", "80万元"],
        ["其中:财政拨款", "80万元"],
      ]),
      errors: [{ messageId: "periodBelowYear", indicator: null, cell: "B5" }],
    },
  ],
});
