import rule from "../../src/rules/transfer-missing-cost-indicator.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // Project tables are missing-cost-indicator's; 环卫扫保 has 扫保经费 under 成本指标.
    ...seedValid(["laojiu", "dibao", "liangpin"]),
    { name: "a project table without cost", table: table({ kind: "project" }, [["产出指标", "数量指标", "培训人数", ">=", 200, "人"]]) },
  ],
  invalid: [
    { name: "老旧小区改造", table: SEED.laojiu(), errors: [{ messageId: "missingCost", indicator: null }] },
    { name: "城乡低保、特困人员救助", table: SEED.dibao(), errors: [{ messageId: "missingCost", indicator: null }] },
    { name: "两品一标认证补贴", table: SEED.liangpin(), errors: [{ messageId: "missingCost", indicator: null }] },
  ],
});
