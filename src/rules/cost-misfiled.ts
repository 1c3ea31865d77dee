/**
 * A cost item (成本, 费用, 单价, 造价) filed under 效益 counts spending as an effect
 * (domain-rules R-04; "对控制基建项目成本影响程度" under 生态效益). Benefits that lower someone
 * else's cost (降低企业融资成本, 减轻参保成本) are real benefits and are left alone.
 */
import { defineRule } from "../model/finding.js";
import { blockOf, isLoweringTarget } from "./utils/indicator-kind.js";

export default defineRule<"costUnderBenefit">({
  id: "cost-misfiled",
  meta: {
    category: "classification",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "成本指标归类错误", en: "Cost indicator misfiled" },
      summary: { zh: "成本类指标放在了效益指标下", en: "A cost item filed under benefit" },
    },
    messages: {
      costUnderBenefit: {
        zh: "“{indicator}”是成本类指标，却放在了效益指标“{level}”下；应放在成本指标下",
        en: "\"{indicator}\" is a cost item filed under the benefit block \"{level}\"; it belongs under 成本指标 (cost)",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if (blockOf(i) !== "benefit") continue;
      const n = i.name.replace(/\s+/g, "");
      // 经费 is left out: under 效益 it is usually a funding guarantee (经费保障机制), not a cost.
      if (!/成本|费用|单价|造价/.test(n)) continue;
      if (isLoweringTarget(n) || /降低|减轻|减少|节约|节省|下降|压减|节支|缓解|保障|机制|分担/.test(n)) continue;
      const level = i.level2Raw ?? i.level2 ?? i.level1Raw ?? "效益指标";
      yield { messageId: "costUnderBenefit", data: { indicator: i.name, level }, indicator: i };
    }
  },
});
