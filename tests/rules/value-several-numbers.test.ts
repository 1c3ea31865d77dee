import rule from "../../src/rules/value-several-numbers.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "a sentence with one figure, a date range", table: project({}, [["产出指标", "数量指标", "绿地养护", "", "完成全市375万平方米的绿地养护", "", ""], ["", "时效指标", "服务周期", "", "2023.07-2023.12", "", ""]]) },
  ],
  invalid: [{ name: "corpus 10: 建筑面积2.6万平方米,展示面积1万平方米", table: corpusTable("10"), errors: [{ messageId: "severalNumbers", indicator: "物管服务面积", cell: "H10", data: { count: 2 } }] }],
});
