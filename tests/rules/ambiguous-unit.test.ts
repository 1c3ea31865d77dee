import rule from "../../src/rules/ambiguous-unit.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保补助项目: Chinese units", table: seedTable("融资担保补助项目") },
    { name: "corpus 32: 村, %, 万元", table: corpusTable("32") },
    { name: "letters that are unambiguous (km, kWh, ㎡)", table: project({}, [["产出指标", "数量指标", "新建道路长度", ">=", "12", "km", "2023年12月"], ["", "", "节约电量", ">=", "5", "kWh", "2023年12月"]]) },
    { name: "a custom list without M", table: project({}, [["产出指标", "数量指标", "带宽", ">=", "80", "M", "2023年12月"]]), options: { units: ["T"] } },
  ],
  invalid: [
    {
      name: "≥80M: megabits or metres? (the unit inside the value)",
      table: project({}, [["产出指标", "质量指标", "网络带宽", "", "≥80M", "", "2023年12月"]]),
      errors: [{ messageId: "ambiguous", indicator: "网络带宽", cell: "F9", data: { unit: "M" } }],
    },
    {
      name: "T in the unit column",
      table: project({}, [["产出指标", "数量指标", "垃圾清运量", ">=", "300", "T", "2023年12月"]]),
      errors: [{ messageId: "ambiguous", indicator: "垃圾清运量", cell: "G9", data: { unit: "T" } }],
    },
  ],
});
