import rule from "../../src/rules/template-placeholder.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(),
    { name: "XXL in a word is not XX", table: table({}, [["产出指标", "数量指标", "XXL 号服装采购数量", ">=", 10, "套"]]) },
    { name: "an ellipsis in prose is punctuation", table: table({ goal: "支持展会、论坛……等会展活动" }, [["产出指标", "数量指标", "展会数量", ">=", 30, "项"]]) },
  ],
  invalid: [
    {
      name: "**, XX and 待填 in values, names and the goal",
      table: table({ goal: "完成XX项目建设" }, [
        ["产出指标", "数量指标", "培训人数", ">=", "**", "人"],
        ["", "质量指标", "XX合格率", ">=", 95, "%"],
        ["", "时效指标", "完成时间", null, "待填", null],
        ["效益指标", "社会效益指标", "带动就业", ">=", "……", "人"],
      ]),
      errors: [
        { messageId: "inTable", indicator: null, cell: "B8", data: { field: "总体目标", placeholder: "XX" } },
        { messageId: "inIndicator", indicator: "培训人数", cell: "F10", data: { placeholder: "**", cell: "F10" } },
        { messageId: "inIndicator", indicator: "XX合格率", cell: "D11", data: { placeholder: "XX" } },
        { messageId: "inIndicator", indicator: "完成时间", cell: "F12", data: { placeholder: "待填" } },
        { messageId: "inIndicator", indicator: "带动就业", cell: "F13", data: { placeholder: "……" } },
      ],
    },
  ],
});
