import rule from "../../src/rules/ambiguous-unit.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { patch, saobao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "扫保: Chinese units", table: saobao() },
    { name: "米 is not ambiguous", table: table({}, [["产出指标", "质量指标", "雾炮车风炮射程", ">=", 80, "米"]]) },
    { name: "a letter unit the option allows", table: table({}, [["产出指标", "质量指标", "射程", ">=", 80, "M"]]), options: { units: ["T"] } },
  ],
  invalid: [
    {
      name: "≥80M (metres or mega?)",
      table: table({}, [["产出指标", "数量指标", "雾炮车风炮射程", ">=", 80, "M"]]),
      errors: [{ messageId: "ambiguous", indicator: "雾炮车风炮射程", cell: "G10", data: { unit: "M" } }],
    },
    {
      name: "a letter in the unit column and one inside the value",
      table: patch(table({}, [["产出指标", "数量指标", "垃圾清运量", ">=", 500, "T"], ["", "", "射程", ">=", 80, null]]), 1, { valueRaw: "80m" }),
      errors: [
        { messageId: "ambiguous", indicator: "垃圾清运量", cell: "G10", data: { unit: "T" } },
        { messageId: "ambiguous", indicator: "射程", cell: "F11", data: { unit: "m" } },
      ],
    },
  ],
});
