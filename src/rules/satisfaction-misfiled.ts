/**
 * Satisfaction items belong under 满意度指标; filed under 产出 or 效益 they stand in for a real
 * output or outcome (domain-rules §3.8, R-02/R-03; seen under 社会效益, 质量 and 效益 in real tables).
 */
import { defineRule } from "../model/finding.js";
import { blockOf, isSatisfaction, secondLevelOf } from "./utils/indicator-kind.js";

export default defineRule<"misfiled">({
  id: "satisfaction-misfiled",
  meta: {
    category: "classification",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "满意度指标归类错误", en: "Satisfaction indicator misfiled" },
      summary: { zh: "满意度指标放在了产出或效益指标下", en: "A satisfaction item filed under output or benefit" },
    },
    messages: {
      misfiled: {
        zh: "满意度“{indicator}”放在了“{level}”下，应放在满意度指标（服务对象满意度）下",
        en: "satisfaction item \"{indicator}\" is filed under \"{level}\"; it belongs under 满意度指标 (satisfaction)",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      const block = blockOf(i);
      if (!isSatisfaction(i) || block === null || block === "satisfaction") continue;
      // A whole 满意度 second level under 效益 is second-level-misplaced's finding, once per block.
      if (secondLevelOf(i) === "satisfaction") continue;
      const level = [i.level1Raw ?? i.level1, i.level2Raw ?? i.level2].filter(Boolean).join(" / ");
      yield { messageId: "misfiled", data: { indicator: i.name, level }, indicator: i };
    }
  },
});
