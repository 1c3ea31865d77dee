import rule from "../../src/rules/satisfaction-target.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(["jinrong", "lvse", "fuwuxing"]),
    { name: "<= 100 % is operator-direction's", table: table({}, [["满意度指标", "服务对象满意度指标", "担保机构满意度", "<=", 100, "%"]]) },
    { name: "95 %", table: table({}, [["满意度指标", "服务对象满意度指标", "群众满意度", ">=", 95, "%"]]) },
  ],
  invalid: [
    {
      name: "金融专项: both satisfaction items >= 100 %",
      table: SEED.jinrong(),
      errors: [
        { messageId: "hundred", indicator: "民营企业满意度", cell: "F21", data: { value: ">= 100 %" } },
        { messageId: "hundred", indicator: "社会公众满意度", cell: "F22" },
      ],
    },
    { name: "绿色制造: 受助企业满意度", table: SEED.lvse(), errors: [{ messageId: "hundred", indicator: "受助企业满意度", cell: "F18" }] },
    { name: "服务型制造: 补助对象满意度", table: SEED.fuwuxing(), errors: [{ messageId: "hundred", indicator: "补助对象满意度", cell: "F18" }] },
    {
      name: "= 100 % too",
      table: table({}, [["满意度指标", "服务对象满意度指标", "学生满意度", "=", 100, "%"]]),
      errors: [{ messageId: "hundred", indicator: "学生满意度", data: { value: "= 100 %" } }],
    },
  ],
});
