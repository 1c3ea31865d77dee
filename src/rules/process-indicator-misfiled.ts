/**
 * Finance-process indicators (资金到位率, 预算执行率, 资金支出率 …) measure fund management, not what the
 * money delivers; filed as 数量 outputs or as 效益 they displace real targets (domain-rules §2.5, V-15;
 * seen under 数量 and 经济效益 in real tables).
 */
import { defineRule } from "../model/finding.js";
import { blockOf, isProcessIndicator, secondLevelOf } from "./utils/indicator-kind.js";

export default defineRule<"asQuantity" | "asBenefit">({
  id: "process-indicator-misfiled",
  meta: {
    category: "classification",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "过程类指标归类错误", en: "Process indicator misfiled" },
      summary: {
        zh: "资金到位率、预算执行率等过程类指标被当作数量或效益指标",
        en: "Fund-process indicators (funds in place, budget execution) filed as quantity outputs or benefits",
      },
    },
    messages: {
      asQuantity: {
        zh: "“{indicator}”是资金管理过程指标，不是产出数量，却放在了数量指标下；数量指标应反映提供了多少产品或服务",
        en: "\"{indicator}\" measures fund management, not output, but is filed as a quantity indicator; quantity should count goods or services delivered",
      },
      asBenefit: {
        zh: "“{indicator}”是资金管理过程指标，却放在了效益指标下；效益指标应反映项目产生的效果",
        en: "\"{indicator}\" measures fund management but is filed as a benefit; benefits should describe the effects achieved",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if (!isProcessIndicator(i)) continue;
      if (secondLevelOf(i) === "quantity") yield { messageId: "asQuantity", data: { indicator: i.name }, indicator: i };
      else if (blockOf(i) === "benefit") yield { messageId: "asBenefit", data: { indicator: i.name }, indicator: i };
    }
  },
});
