import rule from "../../src/rules/rate-implausibly-low.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "conversion, coverage, usage and share rates may be low", table: project({}, [["产出指标", "质量指标", "科技成果转化率", ">=", "10", "%", ""], ["", "", "设备使用率", ">=", "40", "%", ""], ["", "数量指标", "政策覆盖率", ">=", "30", "%", ""]]) },
    { name: "a minimum of 5 %", table: project({}, [["产出指标", "质量指标", "政策执行到位率", ">=", "10", "%", ""]]), options: { minimum: 5 } },
  ],
  invalid: [{ name: "seed 浑南: 政策执行到位率 >= 10 %", table: seedTable("浑南科技城建设发展专项资金"), errors: [{ messageId: "tooLow", indicator: "政策执行到位率", cell: "F139", data: { minimum: 60 } }] }],
});
