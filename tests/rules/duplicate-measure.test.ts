import rule from "../../src/rules/duplicate-measure.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 07: the same name twice is duplicate-indicator's", table: corpusTable("07") },
    {
      name: "two names, one target",
      table: project({}, [
        ["产出指标", "数量指标", "培训人数", ">=", "200", "人", "2023年12月"],
        ["效益指标", "社会效益指标", "培训人数量", ">=", "200", "人", "2023年12月"],
      ]),
    },
  ],
  invalid: [
    {
      name: "seed 服务型制造: 奖励企业数 = 10 家 against 奖励企业数量 >= 26 户",
      table: seedTable("服务型制造示范企业、示范平台（项目）认定奖励"),
      errors: [{ messageId: "conflict", indicator: "奖励企业数量", cell: "F408", data: { target: ">= 26 户", other: "奖励企业数", otherTarget: "= 10 家" } }],
    },
  ],
});
