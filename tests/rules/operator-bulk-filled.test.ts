import rule from "../../src/rules/operator-bulk-filled.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(["rongzi"]),
    {
      name: "three rows are too few to call it bulk-filled",
      table: table({}, [
        ["产出指标", "成本指标", "项目总成本", "<=", 65, "万元"],
        ["", "", "单位成本", "<=", 3, "万元"],
        ["", "", "运维费用", "<=", 5, "万元"],
      ]),
    },
    {
      name: "every row >= is normal",
      table: table({}, [
        ["产出指标", "数量指标", "a", ">=", 1, "个"],
        ["", "", "b", ">=", 1, "个"],
        ["", "", "c", ">=", 1, "个"],
        ["", "", "d", ">=", 1, "个"],
      ]),
    },
  ],
  invalid: [
    {
      name: "融资担保补助项目: all nine operators are <=",
      table: SEED.rongzi(),
      errors: [{ messageId: "bulkFilled", indicator: null, cell: "E10", data: { count: 9, operator: "<=" } }],
    },
    {
      name: "minRows option",
      options: { minRows: 2 },
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", "<", 200, "人"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "<", 100, "%"],
      ]),
      errors: [{ messageId: "bulkFilled", indicator: null, cell: "E10", data: { count: 2, operator: "<" } }],
    },
  ],
});
