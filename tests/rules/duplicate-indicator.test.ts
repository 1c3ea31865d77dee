import rule from "../../src/rules/duplicate-indicator.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 服务型制造: 奖励企业数 and 奖励企业数量 are two names (duplicate-measure's)", table: seedTable("服务型制造示范企业、示范平台（项目）认定奖励") },
    { name: "corpus 01", table: corpusTable("01") },
    {
      name: "one measure at two dates: 预算执行进度(7月) and 预算执行进度（11月）",
      table: project({}, [
        ["产出指标", "时效指标", "预算执行进度(7月)", ">=", "40", "%", "2023年7月"],
        ["产出指标", "时效指标", "预算执行进度（11月）", ">=", "80", "%", "2023年11月"],
      ]),
    },
  ],
  invalid: [
    {
      name: "corpus 07: 为民众办好事,办实事 under 质量指标 and again under 可持续影响指标",
      table: corpusTable("07"),
      errors: [{ messageId: "duplicate", indicator: "为民众办好事,办实事", data: { firstRow: 21 } }],
    },
    {
      name: "the same name with a trailing 。",
      table: project({}, [
        ["产出指标", "数量指标", "培训人数", ">=", "200", "人", "2023年12月"],
        ["效益指标", "社会效益指标", "培训人数。", ">=", "200", "人", "2023年12月"],
      ]),
      errors: [{ messageId: "duplicate", indicator: "培训人数。", cell: "D10", data: { firstRow: 9 } }],
    },
    {
      name: "the same name, once with its unit in brackets",
      table: project({}, [
        ["产出指标", "数量指标", "培训人数(人)", ">=", "200", "人", "2023年12月"],
        ["效益指标", "社会效益指标", "培训人数", ">=", "200", "人", "2023年12月"],
      ]),
      errors: [{ messageId: "duplicate", indicator: "培训人数", cell: "D10", data: { firstRow: 9 } }],
    },
  ],
});
