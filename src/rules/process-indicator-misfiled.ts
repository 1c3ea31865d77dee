/**
 * Finance-process indicators (资金到位率, 预算执行率, 资金支出率 …) measure fund management, not what the
 * money delivers; filed as 数量 outputs or as 效益 they displace real targets.
 */
import { defineRule } from "../model/finding.js";

export default defineRule<"asQuantity" | "asBenefit">({
  id: "process-indicator-misfiled",
  meta: {
    name: { zh: "过程指标当作产出或效益", en: "Process indicator misfiled" },
    category: "classification",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "资金到位率、预算执行率等过程类指标被当作数量或效益指标",
        en: "Fund-process indicators (funds in place, budget execution) filed as quantity outputs or benefits",
      },
    },
    messages: {
      asQuantity: {
        zh: "“{indicator}”是资金管理过程指标，不是产出数量，却放在了数量指标下；数量指标应反映提供了多少产品或服务，请换成实际产出（如受益人数、完成项目数）。",
        en: "“{indicator}” measures fund management, not output, but is filed as a quantity indicator; quantity should count goods or services delivered — use a real output.",
      },
      asBenefit: {
        zh: "“{indicator}”是资金管理过程指标，却放在了效益指标下；效益指标应反映项目产生的效果，请换成实际效果指标。",
        en: "“{indicator}” measures fund management but is filed as a benefit; benefits should describe the effects achieved — use a real outcome.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (f.rate !== "process") continue;
      if (f.block.level2 === "quantity") yield { messageId: "asQuantity", data: { indicator: f.indicator.name }, indicator: f.indicator };
      else if (f.block.level1 === "benefit") yield { messageId: "asBenefit", data: { indicator: f.indicator.name }, indicator: f.indicator };
    }
  },
});
