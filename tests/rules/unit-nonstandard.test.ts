import rule from "../../src/rules/unit-nonstandard.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "万 alone on a count is a magnitude, not money", table: project({}, [["产出指标", "数量指标", "服务人次", ">=", "3", "万", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 05: % spelled 百分比 inside three values",
      table: corpusTable("05"),
      errors: [
        { messageId: "nonstandard", indicator: "博物馆绩效考核指标完成率", cell: "D19", data: { unit: "百分比", suggested: "%" }, fix: "suggestion" },
        { messageId: "nonstandard", indicator: "各项工作完成及时率%", cell: "D20" },
        { messageId: "nonstandard", indicator: "服务对象满意度%", cell: "D27" },
      ],
    },
    { name: "seed 食品抽查: 次数 for 次", table: seedTable("食品抽查检验专项经费"), errors: [{ messageId: "nonstandard", indicator: "系统性食品安全事故发生次数", cell: "G290", data: { suggested: "次" } }] },
    {
      name: "corpus 26: 预算成本 ≦380万, and 人数 in the unit column",
      table: project({}, [["产出指标", "成本指标", "预算成本", "", "≦380万", "", ""], ["", "数量指标", "发放人数", "≥", "80", "人数", ""]]),
      errors: [
        { messageId: "nonstandard", indicator: "预算成本", cell: "F9", data: { unit: "万", suggested: "万元" } },
        { messageId: "nonstandard", indicator: "发放人数", cell: "G10", data: { unit: "人数", suggested: "人" } },
      ],
    },
  ],
});
