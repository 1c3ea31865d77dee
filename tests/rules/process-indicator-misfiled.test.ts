import rule from "../../src/rules/process-indicator-misfiled.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 服务型制造: 资金到位率 under 质量", table: seedTable("服务型制造示范企业、示范平台（项目）认定奖励") },
    { name: "a benefit that is no fund handling: 资金带动社会投资", table: project({}, [["效益指标", "经济效益指标", "财政资金带动社会投资", ">=", "500", "万元", ""], ["", "社会效益指标", "资金使用群众知晓率", ">=", "90", "%", ""]]) },
    { name: "a process rate under 时效", table: project({}, [["产出指标", "时效指标", "预算执行率", ">=", "90", "%", ""]]) },
  ],
  invalid: [
    { name: "seed 数字经济: 资金到位率 under 数量", table: seedTable("2023 年沈阳市促进数字经济产业发展专项资金"), errors: [{ messageId: "asQuantity", indicator: "资金到位率" }] },
    {
      name: "corpus 41: 经费有效使用情况 = 100 % under 经济效益值",
      table: project({ columns: ["一级指标", "二级指标", "三级指标", "指标值"] }, [["效益指标", "经济效益指标", "经费有效使用情况", "=100%"]]),
      errors: [{ messageId: "asBenefit", indicator: "经费有效使用情况" }],
    },
    { name: "预算执行率 under 经济效益", table: project({}, [["效益指标", "经济效益指标", "预算执行率", ">=", "90", "%", ""]]), errors: [{ messageId: "asBenefit", indicator: "预算执行率", cell: "D9" }] },
  ],
});
