import rule from "../../src/rules/missing-cost-indicator.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // Transfer tables (老旧小区, 环卫, 低保, 两品一标) are transfer-missing-cost-indicator's.
    ...seedValid(["shuangyiliu", "shuzi", "shipin", "gongjijin"]),
    { name: "a 101号-style 成本 first level", table: table({}, [["成本指标", "经济成本指标", "项目建设成本", "<=", 65, "万元"]]) },
    { name: "a cost by name under 数量", table: table({}, [["产出指标", "数量指标", "项目总成本", "<=", 65, "万元"]]) },
    {
      name: "a benefit that lowers someone else's cost is not a cost indicator, but a 成本 block is",
      table: table({}, [
        ["产出指标", "成本指标", "成本控制率", "<=", 100, "%"],
        ["效益指标", "社会效益指标", "降低企业融资成本", null, "降低", null],
      ]),
    },
  ],
  invalid: [
    { name: "省高等学校“双一流”建设", table: SEED.shuangyiliu(), errors: [{ messageId: "missingCost", indicator: null }] },
    { name: "数字经济专项", table: SEED.shuzi(), errors: [{ messageId: "missingCost", indicator: null }] },
    { name: "食品抽查检验专项经费", table: SEED.shipin(), errors: [{ messageId: "missingCost", indicator: null }] },
    { name: "公积金办事大厅", table: SEED.gongjijin(), errors: [{ messageId: "missingCost", indicator: null }] },
    {
      name: "降低企业融资成本 under 效益 does not count as a cost indicator",
      table: table({ kind: "department" }, [
        ["产出指标", "数量指标", "服务企业数", ">=", 20, "家"],
        ["效益指标", "社会效益指标", "降低企业融资成本", null, "降低", null],
      ]),
      errors: [{ messageId: "missingCost", indicator: null }],
    },
  ],
});
