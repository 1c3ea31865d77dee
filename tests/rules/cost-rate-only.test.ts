import rule from "../../src/rules/cost-rate-only.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: an amount", table: seedTable("融资担保补助项目") },
    {
      name: "a control rate next to an amount",
      table: project({}, [
        ["产出指标", "成本指标", "成本控制率", "<=", "100", "%", "2023年12月"],
        ["", "", "项目总成本", "<=", "100", "万元", "2023年12月"],
      ]),
    },
  ],
  invalid: [
    { name: "corpus 01: 建设项目成本控制率 100 % is the only cost", table: corpusTable("01"), errors: [{ messageId: "rateOnly", indicator: "建设项目成本控制率", cell: "E16" }] },
    { name: "seed 金融专项: 成本控制率 <= 100 % alone", table: seedTable("2023 年沈阳市金融专项"), errors: [{ messageId: "rateOnly", indicator: "成本控制率", cell: "E246" }] },
  ],
});
