import rule from "../../src/rules/unit-value-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 环卫扫保经费: 100% with % in the value", table: seedTable("2023 年环卫扫保经费") },
    { name: "％ and % are one unit", table: project({}, [["产出指标", "质量指标", "验收合格率", "=", "100％", "%", ""]]) },
  ],
  invalid: [{ name: "28.8万元 with % in the unit column", table: project({}, [["产出指标", "成本指标", "项目资金", "=", "28.8万元", "%", ""]]), errors: [{ messageId: "valueUnit", cell: "G9", data: { valueUnit: "万元", unit: "%" } }] }],
});
