import rule from "../../src/rules/no-indicators.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { saobao } from "./seed-tables.js";

ruleTester(rule, {
  valid: [{ name: "扫保: four indicators", table: saobao() }],
  invalid: [
    { name: "a table with a header and no indicator rows", table: table({ name: "空表" }, []), errors: [{ messageId: "none", indicator: null, data: { table: "空表" } }] },
  ],
});
