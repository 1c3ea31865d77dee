import rule from "../../src/rules/rate-under-quantity.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "corpus 01: a coverage rate under 数量 is common", table: corpusTable("01") },
    { name: "seed 数字经济: 资金到位率 under 数量 is process-indicator-misfiled's", table: seedTable("2023 年沈阳市促进数字经济产业发展专项资金") },
  ],
  invalid: [
    { name: "seed 公积金: 设备利用率 under 数量", table: seedTable("沈阳公积金办事大厅专项业务经费"), errors: [{ messageId: "rateAsQuantity", indicator: "设备利用率", data: { value: ">= 95 %" } }] },
    { name: "a timeliness rate under 数量", table: project({}, [["产出指标", "数量指标", "资金拨付及时率", "=", "100", "%", ""]]), errors: [{ messageId: "timelinessAsQuantity", indicator: "资金拨付及时率" }] },
  ],
});
