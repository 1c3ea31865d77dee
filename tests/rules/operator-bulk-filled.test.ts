import rule from "../../src/rules/operator-bulk-filled.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

const rows = (op: string, n: number) => Array.from({ length: n }, (_, i) => ["产出指标", "数量指标", `指标${i + 1}号`, op, "10", "个", "2023年12月"]);

ruleTester(rule, {
  valid: [
    { name: "seed 金融专项: mixed operators", table: seedTable("2023 年沈阳市金融专项") },
    { name: "three <= rows are below the default minimum", table: project({}, rows("<=", 3)) },
    { name: "every operator >=", table: project({}, rows(">=", 5)) },
  ],
  invalid: [
    { name: "seed 融资担保: all nine <=", table: seedTable("融资担保补助项目"), errors: [{ messageId: "bulkFilled", indicator: null, cell: "E365", data: { count: 9, operator: "<=" } }] },
    { name: "minRows 2", table: project({}, rows("<", 2)), options: { minRows: 2 }, errors: [{ messageId: "bulkFilled", cell: "E9", data: { count: 2, operator: "<" } }] },
  ],
});
