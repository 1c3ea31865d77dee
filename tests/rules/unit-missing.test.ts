import rule from "../../src/rules/unit-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { laojiuPercentInValue, yibao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "老旧小区: 改造户数 in 万户, 验收合格率 100% with the % inside the value", table: laojiuPercentInValue() },
    { name: "医保: 参保补助人数 in 万人", table: yibao() },
    { name: "indexes and coefficients are dimensionless", table: table({}, [["产出指标", "质量指标", "路面技术状况指数（PQI）", ">=", 80, null], ["效益指标", "可持续影响指标", "农田灌溉水有效利用系数", ">=", 0.58, null]]) },
    { name: "qualitative values need no unit", table: table({}, [["效益指标", "社会效益指标", "群众居住条件是否改善", null, "是", null]]) },
  ],
  invalid: [
    {
      name: "a count without a unit",
      table: table({}, [["产出指标", "数量指标", "覆盖区县数量", ">=", 9, null]]),
      errors: [{ messageId: "missing", indicator: "覆盖区县数量", cell: "G10", data: { name: "覆盖区县数量", value: "9" } }],
    },
    {
      name: "two rows without units",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, null],
        ["", "质量指标", "验收合格率", "=", 100, ""],
      ]),
      errors: [
        { messageId: "missing", indicator: "培训人数", cell: "G10" },
        { messageId: "missing", indicator: "验收合格率", cell: "G11" },
      ],
    },
  ],
});
