import rule from "../../src/rules/satisfaction-floor.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    ...seedValid(["laojiu"]),
    { name: "85 % is at the floor", table: table({}, [["满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 85, "%"]]) },
    { name: "80 % with a floor of 80", table: SEED.laojiu(), options: { floor: 80 } },
  ],
  invalid: [
    {
      name: "老旧小区: 老旧小区居民满意度 >= 80 %",
      table: SEED.laojiu(),
      errors: [{ messageId: "belowFloor", indicator: "老旧小区居民满意度", cell: "F17", data: { value: ">= 80 %", floor: 85 } }],
    },
    {
      name: "a stricter floor finds two",
      options: { floor: 92 },
      table: table({}, [
        ["满意度指标", "服务对象满意度指标", "学生满意度", ">=", 90, "%"],
        ["", "社会公众满意度指标", "家长满意度", ">=", 88, "%"],
      ]),
      errors: [
        { messageId: "belowFloor", indicator: "学生满意度", cell: "F10", data: { floor: 92 } },
        { messageId: "belowFloor", indicator: "家长满意度", cell: "F11" },
      ],
    },
  ],
});
