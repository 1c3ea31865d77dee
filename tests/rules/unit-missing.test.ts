import rule from "../../src/rules/unit-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 25: the unit in the name's brackets (亩, 公里, 人) and the template hint (≥**%)", table: corpusTable("25") },
    { name: "单位:万元 above the table: a total cost of 100 is 100 万元", table: project({ unit: "万元" }, [["成本指标", "经济成本指标", "项目总成本", "<=", "100", "", "2023年12月"]]) },
    { name: "indexes and coefficients are dimensionless", table: project({}, [["效益指标", "生态效益指标", "灌溉水有效利用系数", ">=", "0.58", "", ""], ["", "", "路面状况指数(PQI)", ">=", "80", "", ""]]) },
  ],
  invalid: [
    { name: "corpus 13: 建设项目个数(含续建) 1 — by its name 个", table: corpusTable("13"), errors: [{ messageId: "missingSuggest", indicator: "建设项目个数(含续建)", cell: "E10", data: { unit: "个" } }] },
    {
      name: "单位:万元 is no unit for a standard per person",
      table: project({ unit: "万元" }, [["成本指标", "经济成本指标", "人均补助标准", "=", "800", "", "2023年12月"]]),
      errors: [{ messageId: "missing", indicator: "人均补助标准" }],
    },
    { name: "corpus 02: 重点建设工程安排数量 2", table: corpusTable("02"), errors: [{ messageId: "missing", indicator: "重点建设工程安排数量", cell: "G15" }] },
    {
      name: "corpus 12: 保證設備正常運轉天數 200 — by its name 天",
      table: project({ columns: ["一级指标", "三级指标", "指标值"] }, [["成效指標", "指標3:保證設備正常運轉天數", "200"]]),
      errors: [{ messageId: "missingSuggest", indicator: "指標3:保證設備正常運轉天數", data: { unit: "天" } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 21: 375万平方米", table: corpusTable("21") }],
  invalid: [{ name: "corpus 12: 保證設備正常運轉天數 200 — by its name 天", table: corpusTable("12"), errors: [{ messageId: "missingSuggest", indicator: "指標(biāo)3:保證設(shè)備正常運(yùn)轉(zhuǎn)天數(shù)", cell: "C12", data: { unit: "天" } }] }, { name: "corpus 36: 补助标准 15", table: corpusTable("36"), errors: [{ messageId: "missing", indicator: "补助标准", cell: "E24" }] }],
});
