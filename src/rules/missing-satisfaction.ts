/**
 * 满意度 is expected wherever the project has service recipients; a warning, not an error, because some
 * internal-operation items legitimately have none. Satisfaction items filed under 效益 (an old layout)
 * count as present, but the table still lacks its 满意度 block.
 */
import { defineRule } from "../model/finding.js";

export default defineRule<"missingSatisfaction" | "noSatisfactionBlock">({
  id: "missing-satisfaction",
  meta: {
    name: { zh: "缺少满意度指标", en: "No satisfaction indicator" },
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "缺少满意度指标", en: "Missing satisfaction indicators" },
    },
    messages: {
      missingSatisfaction: {
        zh: "缺少满意度指标：表中没有服务对象或社会公众满意度指标；请补充满意度指标（如“服务对象满意度 ≥ 90%”），如项目确无服务对象，可关闭本规则。",
        en: "Missing satisfaction indicators: the table has no service-recipient or public satisfaction indicator; add one (such as “服务对象满意度 ≥ 90%”), or turn this rule off if the project really has no recipients.",
      },
      noSatisfactionBlock: {
        zh: "表中没有“满意度指标”一级指标，满意度指标放在了{level}下；请设立满意度指标一级，把满意度指标移到其下。",
        en: "The table has no 满意度指标 first level; its satisfaction items sit under {level}; add the 满意度指标 block and move them there.",
      },
    },
  },
  *check(_table, { facts }) {
    // A handful of rows is a fragment (a sub-table, a truncated excerpt), not a whole table.
    if (facts.indicators.length < 3) return;
    if (facts.indicators.some((f) => f.block.level1 === "satisfaction")) return;
    const elsewhere = facts.indicators.find((f) => f.satisfaction);
    if (!elsewhere) {
      yield { messageId: "missingSatisfaction", indicator: null };
      return;
    }
    const level = elsewhere.block.level1Text ?? elsewhere.block.level2Text;
    if (facts.leveled && elsewhere.block.level1 !== null && level) yield { messageId: "noSatisfactionBlock", data: { level }, indicator: null };
  },
});
