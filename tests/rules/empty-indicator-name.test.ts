import rule from "../../src/rules/empty-indicator-name.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // The seed's 服务对象满意度 / 社会公众满意度 as 三级 names under their own 二级 are standard practice.
    ...seedValid(),
    { name: "an empty row without a value", table: table({}, [["产出指标", "数量指标", "", null, null, null]]) },
  ],
  invalid: [
    {
      name: "a level name as the 三级, and a value without a name",
      table: table({}, [
        ["成本指标", "社会成本指标", "社会成本指标", "=", 100, "%"],
        ["产出指标", "数量指标", " ", ">=", 10, "个"],
      ]),
      errors: [
        { messageId: "levelAsName", indicator: "社会成本指标", cell: "D10", data: { indicator: "社会成本指标" } },
        { messageId: "emptyName", cell: "D11", data: { row: 11, value: ">= 10 个" } },
      ],
    },
  ],
});
