import rule from "../../src/rules/no-indicators.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { saobao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [{ name: "扫保: four indicators", table: saobao() }],
  invalid: [
    { name: "a table with a header and no indicator rows", table: table({ name: "空表" }, []), errors: [{ messageId: "none", indicator: null, data: { table: "空表" } }] },
    {
      name: "pointing at the indicator header the normalizer found",
      table: (() => {
        const t = table({ name: "空表" }, []);
        t.issues = [{ code: "no-indicators", text: "空表", location: { sheet: "Sheet1", row: 9, cell: "A9" } }];
        return t;
      })(),
      errors: [{ messageId: "none", indicator: null, cell: "A9", data: { table: "空表" } }],
    },
  ],
});
