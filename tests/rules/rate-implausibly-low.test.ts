import rule from "../../src/rules/rate-implausibly-low.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "conversion, coverage, usage and share rates may be low", table: project({}, [["产出指标", "质量指标", "科技成果转化率", ">=", "10", "%", ""], ["", "", "设备使用率", ">=", "40", "%", ""], ["", "数量指标", "政策覆盖率", ">=", "30", "%", ""]]) },
    { name: "funds left over are to be low: 资金结余率 5 %, 0.5 %", table: project({}, [["产出指标", "质量指标", "资金结余率", "", "5", "%", ""], ["", "", "项目资金结余率", "=", "0.5", "%", ""]]) },
    { name: "a low share or usage rate under 1 % is no fraction", table: project({}, [["效益指标", "社会效益指标", "人口自然增长率", "<=", "0.8", "%", ""], ["", "", "科技成果转化率", ">=", "0.5", "%", ""]]) },
    { name: "a minimum of 5 %", table: project({}, [["产出指标", "质量指标", "政策执行到位率", ">=", "10", "%", ""]]), options: { minimum: 5 } },
  ],
  invalid: [
    { name: "seed 浑南: 政策执行到位率 >= 10 %", table: seedTable("浑南科技城建设发展专项资金"), errors: [{ messageId: "tooLow", indicator: "政策执行到位率", cell: "F139", data: { minimum: 60 } }] },
    {
      // A spreadsheet export prints the cell's fraction: 0.95 under %, or 0.9 with no unit.
      name: "0.95 % on a pass rate, 0.9 on a satisfaction: fractions of 95 % and 90 %",
      table: project({}, [["产出指标", "质量指标", "验收合格率", ">=", "0.95", "%", ""], ["满意度指标", "服务对象满意度指标", "群众满意度", ">=", "0.9", "", ""]]),
      errors: [
        { messageId: "fraction", indicator: "验收合格率", cell: "F9", data: { percent: "95" } },
        { messageId: "fraction", indicator: "群众满意度", cell: "F10", data: { percent: "90" } },
      ],
    },
  ],
});
