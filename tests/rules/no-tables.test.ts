import rule from "../../src/rules/no-tables.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { readRecords } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "a file with a table", file: readRecords("部门预算项目（政策）绩效目标表\n项目(政策)名称\t测试\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n\t产出指标\t数量指标\t培训人数\t200人\n") },
    { name: "an unreadable file is file-unreadable's", file: { path: "x.xlsx", format: null, encoding: null, error: { code: "corrupt", message: "坏" }, tables: [] } },
  ],
  invalid: [{ name: "a letter, not a table", file: readRecords("关于报送2023年预算的函\n各位领导：现将有关情况报告如下。\n", "函.txt"), errors: [{ messageId: "noTables", indicator: null, data: { file: "函.txt" } }] }],
});
