import rule from "../../src/rules/unreadable-cell.js";
import type { ParseIssue } from "../../src/model/records.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { saobao } from "./seed-tables.js";

const withIssues = (issues: ParseIssue[]) => {
  const t = saobao();
  t.issues = issues;
  return t;
};
const at = (cell: string, row: number) => ({ sheet: "Sheet1", row, cell });

ruleTester(rule, {
  valid: [
    { name: "扫保: nothing the normalizer could not read", table: saobao() },
    {
      name: "repaired rows and issues other rules report are left out",
      table: withIssues([
        { code: "row-shifted", text: "社会公众满意度", location: at("C14", 14) },
        { code: "value-in-unit-column", text: "促进发展", location: at("G12", 12) },
        { code: "deadline-unreadable", text: "按时", location: at("H10", 10) },
        { code: "no-indicators", text: "扫保", location: at("B9", 9) },
      ]),
    },
  ],
  invalid: [
    {
      name: "an unreadable budget and a stray cell, each at its cell",
      table: withIssues([
        { code: "budget-unreadable", text: "待定", location: at("B6", 6) },
        { code: "stray-cell", text: "见附件", location: at("J12", 12) },
      ]),
      errors: [
        { messageId: "budget", indicator: null, cell: "B6", data: { text: "待定" } },
        { messageId: "stray", indicator: null, cell: "J12", data: { text: "见附件" } },
      ],
    },
    {
      name: "a code this rule does not know yet still becomes a finding",
      table: withIssues([{ code: "merged-header", text: "一级指标", location: at("B9", 9) }]),
      errors: [{ messageId: "other", indicator: null, cell: "B9", data: { code: "merged-header", text: "一级指标" } }],
    },
  ],
});
