/**
 * 数量指标 count what is delivered (个, 人, 次 …). A quality or efficiency rate filed there (设备利用率,
 * 合格率, 及时率) belongs under 质量 or 时效. Completion, coverage, disbursement and share rates are commonly
 * written under 数量 and are left alone, as are process indicators (process-indicator-misfiled) and
 * satisfaction (satisfaction-misfiled).
 */
import { defineRule } from "../model/finding.js";
import { shown } from "./utils/location.js";

export default defineRule<"rateAsQuantity" | "timelinessAsQuantity">({
  id: "rate-under-quantity",
  meta: {
    name: { zh: "比率放在数量指标下", en: "Rate filed as quantity" },
    category: "classification",
    severity: "info",
    recommended: true,
    docs: {
      summary: { zh: "比率类指标放在了数量指标下", en: "A rate filed as a quantity indicator" },
    },
    messages: {
      rateAsQuantity: {
        zh: "“{indicator}”是比率（{value}），不是数量，却放在了数量指标下；建议移到质量指标下。",
        en: "“{indicator}” is a rate ({value}), not a count, but is filed as a quantity; move it under 质量 (quality).",
      },
      timelinessAsQuantity: {
        zh: "“{indicator}”是时效比率（{value}），不是数量，却放在了数量指标下；建议移到时效指标下。",
        en: "“{indicator}” is a timeliness rate ({value}), not a count, but is filed as a quantity; move it under 时效 (timeliness).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      // Quality, usage and timeliness rates only: completion, coverage, disbursement and share rates are commonly written under 数量.
      if (f.block.level2 !== "quantity" || !f.rateName || f.satisfaction) continue;
      if (f.rate !== "quality" && f.rate !== "usage" && f.rate !== "timeliness") continue;
      yield { messageId: f.rate === "timeliness" ? "timelinessAsQuantity" : "rateAsQuantity", data: { indicator: f.indicator.name, value: shown(f) }, indicator: f.indicator };
    }
  },
});
