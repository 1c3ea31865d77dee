import rule from "../../src/rules/satisfaction-floor.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "corpus 01: >= 90 %", table: corpusTable("01") },
    { name: "a floor of 75", table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金"), options: { floor: 75 } },
  ],
  invalid: [
    { name: "seed 老旧小区: 老旧小区居民满意度 >= 80%", table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金"), errors: [{ messageId: "belowFloor", indicator: "老旧小区居民满意度", cell: "F123", data: { floor: 85 } }] },
    { name: "70 % in words", table: project({}, [["满意度指标", "服务对象满意度指标", "群众满意度", "", "不低于70%", "", ""]]), errors: [{ messageId: "belowFloor", cell: "F9" }] },
  ],
});
