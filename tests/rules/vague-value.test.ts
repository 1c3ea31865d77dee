import rule from "../../src/rules/vague-value.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

const v = (name: string, value: string) => ["效益指标", "社会效益指标", name, "", value, "", ""];

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: numbers", table: seedTable("融资担保补助项目") },
    { name: "corpus 13", table: corpusTable("13") },
    { name: "graded tiers and numbers are checkable", table: project({}, [v("服务质量", "达成"), v("群众收入", "较上年提高 5%"), v("社会影响", "优"), v("办学条件", "较好")]) },
    { name: "cost rows (qualitative-cost), a value restating the name (value-repeats-name), 是 (yes-no-value)", table: project({}, [["产出指标", "成本指标", "经费支出规范性", "", "提高规范", "", ""], v("持续改善", "持续改善"), v("是否改善", "是")]) },
    { name: "words accepted by the region's template", table: project({}, [v("社会效益", "显著提升")]), options: { allow: ["显著提升"] } },
    { name: "weak words off", table: project({}, [v("服务环境", "良好")]), options: { weak: false } },
  ],
  invalid: [
    { name: "corpus 01: 稳步提高", table: corpusTable("01"), errors: [{ messageId: "vague", indicator: "义务教育优质均衡发展情况", cell: "E17", data: { value: "稳步提高", word: "稳步" } }] },
    {
      name: "corpus 05: 长远 (a 社会成本 in words), 增加岗位 and 长远",
      table: corpusTable("05"),
      errors: [
        { messageId: "vagueWord", indicator: "对当地文物保护、文化传承影响", cell: "D22", data: { value: "长远" } },
        { messageId: "vague", indicator: "为当地提供就业LJUI,冈位", cell: "D24", data: { value: "增加岗位", word: "增加" } },
        { messageId: "vagueWord", indicator: "历史文化传承环保意识时限", cell: "D26", data: { value: "长远" } },
      ],
    },
    {
      name: "corpus 32: 影响程度明显 and 长期",
      table: corpusTable("32"),
      errors: [
        { messageId: "vague", indicator: "保障人民群众基本文化权益", cell: "E19", data: { word: "明显" } },
        { messageId: "vagueWord", indicator: "对满足人民群众日益提高的文化需求的可持续影响", cell: "E21", data: { value: "长期" } },
      ],
    },
    { name: "corpus 02: 持续改善", table: corpusTable("02"), errors: [{ messageId: "vague", indicator: "基础教育学校办学条件", cell: "G20", data: { value: "持续改善" } }] },
    {
      name: "seed 公积金: 良好 typed under 度量单位 (weak alone), 足额保障 (strong)",
      table: seedTable("沈阳公积金办事大厅专项业务经费"),
      errors: [
        { messageId: "weak", indicator: "对外窗口服务环境", cell: "G329", data: { value: "良好" } },
        { messageId: "vague", indicator: "保障水平", cell: "F330", data: { word: "保障" } },
      ],
    },
    { name: "an extra word", table: project({}, [v("营商环境", "大有改观")]), options: { words: ["改观"] }, errors: [{ messageId: "vague", data: { word: "改观" } }] },
  ],
});
