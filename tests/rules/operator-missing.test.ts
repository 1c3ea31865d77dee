import rule from "../../src/rules/operator-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { seedValid } from "./seed-rows.js";

const withRaw = (raw: string) => {
  const t = table({}, [["产出指标", "质量指标", "验收合格率", null, 95, "%"]]);
  t.indicators[0] = { ...t.indicators[0], operatorRaw: raw };
  return t;
};

ruleTester(rule, {
  valid: [
    ...seedValid(),
    { name: "qualitative values need no operator", table: table({}, [["效益指标", "社会效益指标", "群众居住条件是否改善", null, "是", null]]) },
    { name: "look-alikes are operator-lookalike's business", table: withRaw("≧") },
    { name: "定性 in the operator column is the code for no operator", table: withRaw("定性") },
    {
      name: "100 % and 0 read the same whatever the operator",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", ">=", 200, "人"],
        ["", "质量指标", "养老金按时足额发放率", null, 100, "%"],
        ["", "", "安全事故发生数", null, 0, "起"],
      ]),
    },
  ],
  invalid: [
    {
      name: "numeric targets without an operator among rows that have one",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", null, 200, "人"],
        ["", "质量指标", "验收合格率", "=", 100, "%"],
        ["", "成本指标", "控制在预算成本内", null, 250, "万元"],
      ]),
      errors: [
        { messageId: "missingOperator", indicator: "培训人数", cell: "E10", data: { indicator: "培训人数", value: "200 人" } },
        { messageId: "missingOperator", indicator: "控制在预算成本内", cell: "E12", data: { value: "250 万元" } },
      ],
    },
    {
      name: "a table without any operator: one table-level finding",
      table: table({}, [
        ["产出指标", "数量指标", "培训人数", null, 200, "人"],
        ["", "质量指标", "验收合格率", null, 95, "%"],
        ["效益指标", "社会效益指标", "群众居住条件是否改善", null, "是", null],
      ]),
      errors: [{ messageId: "noOperators", indicator: null, cell: "E10", data: { count: 2 } }],
    },
    {
      name: "an operator pbm cannot read",
      table: withRaw("约"),
      errors: [{ messageId: "unknownOperator", indicator: "验收合格率", cell: "E10", data: { operator: "约" } }],
    },
  ],
});
