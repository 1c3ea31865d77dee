import rule from "../../src/rules/unreadable-cell.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, readTables, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 07", table: corpusTable("07") },
  ],
  invalid: [
    { name: "no project name in the header", table: readTables("部门预算项目（政策）绩效目标表\n2023 年\n主管部门\t测试局\n预算资金情况\t100\n绩效指标\t一级指标\t二级指标\t三级指标\t运算符号\t指标值\t度量单位\n\t产出指标\t数量指标\t改造户数\t>=\t100\t户\n")[0], errors: [{ messageId: "missingName", indicator: null }] },
    { name: "a budget that is not an amount", table: project({ budget: "详见附件" }, [["产出指标", "数量指标", "改造户数", ">=", "100", "户", ""]]), errors: [{ messageId: "budget", cell: "B6", data: { text: "详见附件" } }] },
  ],
});
