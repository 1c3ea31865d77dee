/**
 * 数量指标 count what is delivered (个, 人, 次 …). A quality or efficiency rate filed there
 * (设备利用率, 合格率, 及时率) belongs under 质量 or 时效 (domain-rules §2.5). Completion, coverage,
 * disbursement and share rates are commonly written under 数量 and are left alone, as are process indicators
 * (process-indicator-misfiled) and satisfaction (satisfaction-misfiled).
 */
import { defineRule } from "../model/finding.js";
import { isProcessIndicator, isRateName, isSatisfaction, isTimeliness, secondLevelOf } from "./utils/indicator-kind.js";

const QUALITY_RATE = /利用率|使用率|合格率|达标率|优良率|优秀率|准确率|正确率|通过率|合规率|规范率|完好率|及时率|按时[^，,]{0,6}率|准时率/;

export default defineRule<"rateAsQuantity" | "timelinessAsQuantity">({
  id: "rate-under-quantity",
  meta: {
    category: "classification",
    severity: "info",
    recommended: true,
    docs: {
      name: { zh: "比率放在数量指标下", en: "Rate filed as a quantity" },
      summary: { zh: "比率类指标放在了数量指标下", en: "A rate filed as a quantity indicator" },
    },
    messages: {
      rateAsQuantity: {
        zh: "“{indicator}”是比率（{value}），不是数量，却放在了数量指标下；建议放到质量指标下",
        en: "\"{indicator}\" is a rate ({value}), not a count, but is filed as a quantity; file it under 质量 (quality)",
      },
      timelinessAsQuantity: {
        zh: "“{indicator}”是时效比率（{value}），不是数量，却放在了数量指标下；建议放到时效指标下",
        en: "\"{indicator}\" is a timeliness rate ({value}), not a count, but is filed as a quantity; file it under 时效 (timeliness)",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if (secondLevelOf(i) !== "quantity" || !isRateName(i.name)) continue;
      if (isSatisfaction(i) || isProcessIndicator(i)) continue;
      const n = i.name.replace(/\s+/g, "");
      // Quality, efficiency and timeliness rates only: completion, coverage, disbursement and share rates
      // are commonly written under 数量.
      if (!QUALITY_RATE.test(n)) continue;
      const value = [i.operatorRaw, i.value, i.unit].filter((s) => s !== null && s !== "").join(" ");
      yield { messageId: isTimeliness(n) ? "timelinessAsQuantity" : "rateAsQuantity", data: { indicator: i.name, value }, indicator: i };
    }
  },
});
