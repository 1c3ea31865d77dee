import rule from "../../src/rules/rate-unit-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "a unit inside the value that contradicts the column is unit-value-mismatch's", table: project({}, [["产出指标", "成本指标", "项目资金金额", "=", "28.8万元", "%", ""]]) },
  ],
  invalid: [
    {
      name: "a rate in 个, a count in %, an amount in %",
      table: project({}, [
        ["产出指标", "质量指标", "验收合格率", ">=", "95", "个", ""],
        ["", "数量指标", "培训人数", ">=", "95", "%", ""],
        ["", "成本指标", "补助资金金额", "<=", "100", "%", ""],
      ]),
      errors: [
        { messageId: "rateUnit", indicator: "验收合格率", cell: "G9", data: { unit: "个" } },
        { messageId: "countPercent", indicator: "培训人数", cell: "G10" },
        { messageId: "moneyPercent", indicator: "补助资金金额", cell: "G11" },
      ],
    },
  ],
});
