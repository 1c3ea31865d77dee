import rule from "../../src/rules/no-indicators.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { readTables, seedTable } from "../helpers/tsv.js";

const headerOnly = "部门预算项目（政策）绩效目标表\n2023 年\n项目(政策)名称\t空表\n预算资金情况\t100\n绩效指标\t一级指标\t二级指标\t三级指标\t运算符号\t指标值\t度量单位\t完成时限\n";

ruleTester(rule, {
  valid: [{ name: "seed 融资担保", table: seedTable("融资担保补助项目") }],
  invalid: [
    { name: "a header and no indicator row", table: readTables(headerOnly)[0], errors: [{ messageId: "none", indicator: null, data: { table: "空表" } }] },
    {
      name: "only a signature line under the header: not an indicator",
      table: readTables(`${headerOnly}\t\t\t填表人：王某\t\t\t\t\n`)[0],
      errors: [{ messageId: "none", indicator: null }],
    },
  ],
});
