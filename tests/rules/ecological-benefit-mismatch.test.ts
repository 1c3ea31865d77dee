import rule from "../../src/rules/ecological-benefit-mismatch.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "corpus 32: 是否对当地生态环境造成影响", table: corpusTable("32") },
    { name: "corpus 25: 提高森林覆盖率", table: corpusTable("25") },
    { name: "seed 绿色制造: 节能环保", table: seedTable("绿色制造体系示范项目奖励") },
    {
      name: "saving resources is an ecological benefit: 无纸化办公, 节约用电, 农村人居环境, 水土流失治理",
      table: project({}, [
        ["效益指标", "生态效益指标", "推行无纸化办公", ">=", "90", "%", "2023年12月"],
        ["", "", "节约用电", ">=", "5", "%", "2023年12月"],
        ["", "", "农村人居整治村数", ">=", "10", "个", "2023年12月"],
        ["", "", "治理水土流失面积", ">=", "5", "平方公里", "2023年12月"],
      ]),
    },
  ],
  invalid: [
    {
      name: "seed 金融专项: 进一步发挥保持社会稳定作用 under 生态效益",
      table: seedTable("2023 年沈阳市金融专项"),
      errors: [{ messageId: "notEcological", indicator: "进一步发挥保持社会稳定作用", cell: "D250" }],
    },
    {
      name: "a count of enterprises under 生态效益",
      table: project({}, [["效益指标", "生态效益指标", "带动就业人数", ">=", "50", "人", "2023年12月"]]),
      errors: [{ messageId: "notEcological", indicator: "带动就业人数", cell: "D9" }],
    },
  ],
});
