import rule from "../../src/rules/full-wording-below-100.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(["gongjijin"]),
    { name: "足额发放率 = 100 %", table: table({}, [["产出指标", "质量指标", "足额发放率", "=", 100, "%"]]) },
    { name: "qualitative 足额保障", table: table({}, [["效益指标", "可持续影响指标", "保障水平", null, "足额保障", null]]) },
  ],
  invalid: [
    {
      name: "公积金: 足额发放率 = 95 %",
      table: SEED.gongjijin(),
      errors: [{ messageId: "belowHundred", indicator: "足额发放率", cell: "F11", data: { word: "足额", value: "= 95 %" } }],
    },
    {
      name: "全覆盖 and 应保尽保 below 100 %",
      table: table({}, [
        ["产出指标", "数量指标", "困难群众全覆盖率", ">=", 90, "%"],
        ["效益指标", "社会效益指标", "应保尽保率", ">=", 98, "%"],
      ]),
      errors: [
        { messageId: "belowHundred", indicator: "困难群众全覆盖率", cell: "F10", data: { word: "全覆盖" } },
        { messageId: "belowHundred", indicator: "应保尽保率", cell: "F11", data: { word: "应保尽保" } },
      ],
    },
  ],
});
