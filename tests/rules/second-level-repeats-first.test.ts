import rule from "../../src/rules/second-level-repeats-first.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 01", table: corpusTable("01") },
  ],
  invalid: [{ name: "corpus 32: 满意度指标 › 满意度指标", table: corpusTable("32"), errors: [{ messageId: "repeats", indicator: null, cell: "C22", data: { expected: "服务对象满意度指标" } }] }],
});
