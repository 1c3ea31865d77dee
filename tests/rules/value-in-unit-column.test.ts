import rule from "../../src/rules/value-in-unit-column.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "seed 会展业: the reader reads 促进发展 as a row shifted one column (its value, not a unit)", table: seedTable("会展业专项") },
    { name: "a unit with an empty value is unit-without-value's", table: project({}, [["产出指标", "数量指标", "培训人数", "", "", "人", ""]]) },
  ],
  invalid: [
    { name: "seed 公积金: 良好 under 度量单位", table: seedTable("沈阳公积金办事大厅专项业务经费"), errors: [{ messageId: "valueInUnit", indicator: "对外窗口服务环境", cell: "G329", data: { text: "良好" } }] },
    {
      name: "促进发展 under 度量单位, the value cell empty",
      table: project({}, [["产出指标", "数量指标", "展览展示项目数量", ">=", "30", "项", "2023年12月"], ["效益指标", "社会效益指标", "促进地区社会发展", "", "", "促进发展", "2023年12月"]]),
      errors: [{ messageId: "valueInUnit", indicator: "促进地区社会发展", cell: "G10", data: { text: "促进发展" } }],
    },
  ],
});
