import rule from "../../src/rules/value-repeats-name.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

const v = (name: string, value: string) => ["效益指标", "社会效益指标", name, "", value, "", ""];

ruleTester(rule, {
  valid: [
    { name: "corpus 01: 稳步提高 is not in the name", table: corpusTable("01") },
    { name: "a graded tier, a number, and a cost in words (qualitative-cost's)", table: project({}, [v("达成情况", "达成"), v("提升服务水平", "提升5%"), ["产出指标", "成本指标", "支出规范", "", "规范", "", ""]]) },
  ],
  invalid: [
    { name: "seed 绿色制造: 提高影响 and 节能环保", table: seedTable("绿色制造体系示范项目奖励"), errors: [{ messageId: "repeats", indicator: "提高企业社会影响力", cell: "F392", data: { value: "提高影响" } }, { messageId: "repeats", indicator: "节能环保", cell: "F393" }] },
    { name: "corpus 02: 巩固提高 for 基础教育巩固提高情况", table: corpusTable("02"), errors: [{ messageId: "repeats", indicator: "基础教育巩固提高情况", cell: "G19" }] },
    { name: "corpus 13: 按计划实施 for 按进度计划实施情况", table: corpusTable("13"), errors: [{ messageId: "repeats", indicator: "按进度计划实施情况", cell: "E12" }] },
    { name: "corpus 05: 提升 for 提升博物馆绿化水平 (a 生态环境成本)", table: corpusTable("05"), errors: [{ messageId: "repeats", indicator: "提升博物馆绿化水平", cell: "D23", data: { value: "提升" } }] },
  ],
});
