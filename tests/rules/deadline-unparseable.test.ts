import rule from "../../src/rules/deadline-unparseable.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { gongjijin, saobao } from "./seed-tables.js";

const row = (deadline: string) => ["产出指标", "数量指标", "培训人数", ">=", 200, "人", deadline] as const;

ruleTester(rule, {
  valid: [
    { name: "扫保: 2023 年 12 月", table: saobao() },
    { name: "公积金: an empty deadline is deadline-missing's", table: gongjijin() },
    { name: "2023年底, 2023.12, 2023-12-31, 年底前, 12月底", table: table({}, ["2023年底", "2023.12", "2023-12-31", "年底前", "12月底"].map((d) => [...row(d)])) },
  ],
  invalid: [
    { name: "按时", table: table({}, [[...row("按时")]]), errors: [{ messageId: "unparseable", indicator: "培训人数", cell: "H10", data: { deadline: "按时" } }] },
    {
      name: "two vague deadlines",
      table: table({}, [[...row("及时")], [...row("在项目计划完成时间内完成")]]),
      errors: [
        { messageId: "unparseable", cell: "H10", data: { deadline: "及时" } },
        { messageId: "unparseable", cell: "H11", data: { deadline: "在项目计划完成时间内完成" } },
      ],
    },
  ],
});
