import rule from "../../src/rules/unit-value-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { laojiuPercentInValue, saobao } from "./seed-tables.js";
import { patch } from "./seed-tables.js";

ruleTester(rule, {
  valid: [
    { name: "验收合格率: 100% with % in the unit column too", table: patch(saobao(), 1, { valueRaw: "100%" }) },
    { name: "老旧小区: % inside the value, no unit column", table: laojiuPercentInValue() },
    { name: "％ and % are the same unit", table: patch(table({}, [["产出指标", "质量指标", "合格率", "=", 100, "%"]]), 0, { valueRaw: "100％" }) },
  ],
  invalid: [
    {
      name: "28.8万元 in the value, % in the unit column",
      table: patch(table({}, [["产出指标", "数量指标", "业务工作支出安排金额", null, 28.8, "%"]]), 0, { valueRaw: "28.8万元" }),
      errors: [{ messageId: "valueUnit", indicator: "业务工作支出安排金额", cell: "G10", data: { valueUnit: "万元", unit: "%" } }],
    },
    {
      name: "two rows whose value and unit disagree",
      table: patch(
        patch(table({}, [["产出指标", "数量指标", "培训人数", ">=", 200, "个"], ["", "质量指标", "合格率", ">=", 95, "个"]]), 0, { valueRaw: "200人" }),
        1,
        { valueRaw: "95%" },
      ),
      errors: [
        { messageId: "valueUnit", indicator: "培训人数", cell: "G10", data: { valueUnit: "人" } },
        { messageId: "valueUnit", indicator: "合格率", cell: "G11", data: { valueUnit: "%" } },
      ],
    },
  ],
});
