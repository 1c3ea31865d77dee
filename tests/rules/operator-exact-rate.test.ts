import rule from "../../src/rules/operator-exact-rate.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 浑南: 资金拨付及时率 = 100 %", table: seedTable("浑南科技城建设发展专项资金") },
    { name: "a share may be exact", table: project({}, [["产出指标", "数量指标", "受助学生占比", "=", "30", "%", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 05: =99百分比 on a timeliness rate and on satisfaction",
      table: project({}, [
        ["产出指标", "时效指标", "各项工作完成及时率%", "", "=99百分比", "", ""],
        ["满意度指标", "服务对象满意度", "服务对象满意度%", "", "=99百分比", "", ""],
      ]),
      errors: [
        { messageId: "exact", indicator: "各项工作完成及时率%", cell: "F9", fix: "suggestion" },
        { messageId: "exact", indicator: "服务对象满意度%", cell: "F10", data: { value: "=99百分比" } },
      ],
    },
    { name: "seed 公积金: 足额发放率 = 95 %", table: seedTable("沈阳公积金办事大厅专项业务经费"), errors: [{ messageId: "exact", indicator: "足额发放率", cell: "E326" }] },
  ],
});
