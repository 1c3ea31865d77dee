import rule from "../../src/rules/quantitative-without-number.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 浑南: qualitative values without operator or unit", table: seedTable("浑南科技城建设发展专项资金") },
    {
      name: "= before a text target: the budget system's default operator, not a missing number",
      table: project({}, [["效益指标", "社会效益指标", "参保人员基本生活", "=", "得到保障", "", "2023年12月"], ["", "", "待遇按时足额发放", "=", "是", "", "2023年12月"]]),
    },
    { name: "a date is a value", table: project({}, [["产出指标", "时效指标", "完成时间", "<=", "2023年12月", "", ""]]) },
  ],
  invalid: [
    {
      name: "an operator, a unit, 定量 and a rate name with a word value",
      table: project({ columns: ["一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "指标性质"] }, [
        ["产出指标", "数量指标", "培训人数", ">=", "较多", "", ""],
        ["", "", "培训场次", "", "若干", "场", ""],
        ["", "质量指标", "培训效果", "", "良好", "", "定量"],
        ["", "", "培训合格率", "", "较高", "", ""],
      ]),
      errors: [
        { messageId: "operator", indicator: "培训人数", cell: "F9", data: { operator: ">=" } },
        { messageId: "unit", indicator: "培训场次", cell: "F10", data: { unit: "场" } },
        { messageId: "typed", indicator: "培训效果", cell: "F11" },
        { messageId: "rate", indicator: "培训合格率", cell: "F12" },
      ],
    },
  ],
});
