/**
 * Satisfaction items belong under 满意度指标; filed under 产出 or 效益 (also as a 满意度 二级 under 效益, an
 * old layout) they stand in for a real output or outcome.
 */
import { defineRule } from "../model/finding.js";

export default defineRule<"misfiled">({
  id: "satisfaction-misfiled",
  meta: {
    name: { zh: "满意度放错位置", en: "Satisfaction misfiled" },
    category: "classification",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "满意度指标放在了产出或效益指标下", en: "A satisfaction item filed under output or benefit" },
    },
    messages: {
      misfiled: {
        zh: "满意度“{indicator}”放在了“{level}”下；请把它移到满意度指标（服务对象满意度指标）下。",
        en: "Satisfaction item “{indicator}” is filed under “{level}”; move it under 满意度指标 (satisfaction).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const block = f.block.level1;
      if (!f.satisfaction || block === null || block === "satisfaction") continue;
      const level = [f.block.level1Text, f.block.level2Text].filter(Boolean).join(" / ");
      yield { messageId: "misfiled", data: { indicator: f.indicator.name, level }, indicator: f.indicator };
    }
  },
});
