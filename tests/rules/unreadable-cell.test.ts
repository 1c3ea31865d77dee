import rule from "../../src/rules/unreadable-cell.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { saobao } from "./seed-tables.js";

const withIssues = () => {
  const t = saobao();
  t.issues = [
    { code: "row-shifted", text: "促进发展", location: { sheet: "Sheet1", row: 14, cell: "G14" } },
    { code: "bad-number", text: "9O", location: { sheet: "Sheet1", row: 10, cell: "F10" } },
  ];
  return t;
};

ruleTester(rule, {
  valid: [{ name: "扫保: nothing the normalizer could not read", table: saobao() }],
  invalid: [
    {
      name: "two issues, each at its cell",
      table: withIssues(),
      errors: [
        { messageId: "issue", indicator: null, cell: "G14", data: { code: "row-shifted", text: "促进发展" } },
        { messageId: "issue", indicator: null, cell: "F10", data: { code: "bad-number", text: "9O" } },
      ],
    },
  ],
});
