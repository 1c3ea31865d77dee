/**
 * A cost item (成本, 费用, 单价, 造价) filed under 效益 counts spending as an effect (对控制基建项目成本影响程度
 * under 生态效益). Benefits that lower someone else's cost (降低企业融资成本, 减轻参保成本) are real benefits
 * and are left alone.
 */
import { defineRule } from "../model/finding.js";

const COST_WORD = /成本|费用|单价|造价/u;
const BENEFIT_WORDING = /降低|减轻|减少|节约|节省|下降|压减|节支|缓解|保障|机制|分担/u;

export default defineRule<"costUnderBenefit">({
  id: "cost-misfiled",
  meta: {
    name: { zh: "成本指标放在效益下", en: "Cost filed under benefit" },
    category: "classification",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "成本类指标放在了效益指标下", en: "A cost item filed under benefit" },
    },
    messages: {
      costUnderBenefit: {
        zh: "“{indicator}”是成本类指标，却放在了效益指标“{level}”下；请把它移到成本指标下。",
        en: "“{indicator}” is a cost item filed under the benefit block “{level}”; move it under 成本指标 (cost).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (f.block.level1 !== "benefit") continue;
      // 经费 is left out: under 效益 it is usually a funding guarantee (经费保障机制), not a cost.
      if (!COST_WORD.test(f.core) || BENEFIT_WORDING.test(f.core)) continue;
      // People's costs brought down (医疗费用负担 | 有效减轻, 群众出行成本 | 明显降低): the target says it is a benefit.
      if (/负担/u.test(f.core) || (f.value.kind === "text" && BENEFIT_WORDING.test(f.value.raw))) continue;
      const level = f.block.level2Text ?? f.block.level1Text ?? "效益指标";
      yield { messageId: "costUnderBenefit", data: { indicator: f.indicator.name, level }, indicator: f.indicator };
    }
  },
});
