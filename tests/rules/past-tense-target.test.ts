import rule from "../../src/rules/past-tense-target.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 32", table: corpusTable("32") },
  ],
  invalid: [
    { name: "corpus 07: 改善了农民生产生活条件", table: corpusTable("07"), errors: [{ messageId: "namePast", indicator: "改善了农民生产生活条件", data: { words: "改善了" } }] },
    {
      name: "corpus 26: the annual goal written as done (保障了…维护了…)",
      table: project({ goal: null, fields: [["年度目标", "通过本项目实施,按规定及时发放再就业援助对象岗位补贴,保障了再就业援助对象相关待遇,维护了社会稳定。"]] }, [["产出指标", "数量指标", "补助人数", "", "250人", "", ""]]),
      errors: [{ messageId: "goalPast", indicator: null, cell: "B7", data: { label: "年度目标", words: "保障了" } }],
    },
  ],
});
