import rule from "../../src/rules/value-repeats-name.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { hunnan, laojiu } from "./seed-tables.js";
import { lvse } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "浑南科技城: 促进经济发展 = 促进 (vague, but not a repeat)", table: hunnan() },
    { name: "老旧小区: numbers and 是", table: laojiu() },
  ],
  invalid: [
    { name: "绿色制造: 节能环保 = 节能环保", table: lvse(), errors: [{ messageId: "repeats", indicator: "节能环保", cell: "F14", data: { name: "节能环保" } }] },
    {
      name: "two repeats, one with different punctuation",
      table: table({}, [["产出指标", "时效指标", "每月发放", null, "每月发放", null], ["效益指标", "社会效益指标", "服务群众。", null, "服务群众", null]]),
      errors: [
        { messageId: "repeats", indicator: "每月发放", cell: "F10" },
        { messageId: "repeats", indicator: "服务群众。", cell: "F11" },
      ],
    },
  ],
});
