import rule from "../../src/rules/missing-first-level.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 13: 实施效果指标 › 产出指标 / 效益指标", table: corpusTable("13") },
    { name: "corpus 12: 成效指标 reads as 效益", table: project({}, [["产出指标", "", "物业管理面积", "", "6500平方米", "", ""], ["成效指标", "", "使用率", "", "80%以上", "", ""]]) },
    { name: "a flat list without levels (levels-missing's)", table: project({ columns: ["三级指标", "指标值"] }, [["发放人数", "80"], ["保障收入", ""], ["保障权益", ""]]) },
  ],
  invalid: [
    { name: "seed 环卫扫保经费: no 效益", table: seedTable("2023 年环卫扫保经费"), errors: [{ messageId: "missingBenefit", indicator: null }] },
    {
      name: "only benefits",
      table: project({}, [["效益指标", "社会效益指标", "受益群众人数", ">=", "1000", "人", "2023年12月"]]),
      errors: [{ messageId: "missingOutput", indicator: null }],
    },
  ],
});
