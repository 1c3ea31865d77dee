/**
 * Every target table needs 产出 (what the money delivers) and 效益 (what that achieves). 满意度 has its own
 * rule (missing-satisfaction) because some projects have no service recipients.
 */
import { defineRule } from "../model/finding.js";

export default defineRule<"missingOutput" | "missingBenefit">({
  id: "missing-first-level",
  meta: {
    name: { zh: "缺少产出或效益指标", en: "No output or benefit block" },
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
      summary: { zh: "缺少产出指标或效益指标（一级指标）", en: "Missing output or benefit indicators (first level)" },
    },
    messages: {
      missingOutput: {
        zh: "缺少产出指标：表中没有任何产出指标（数量、质量、时效），无法说明资金提供了什么；请补充产出指标。",
        en: "Missing output indicators: the table has no output indicators (quantity, quality, timeliness), so it does not say what the money delivers; add them.",
      },
      missingBenefit: {
        zh: "缺少效益指标：表中没有任何效益指标（经济、社会、生态效益或可持续影响），无法说明资金产生了什么效果；请补充效益指标。",
        en: "Missing benefit indicators: the table has no benefit (outcome) indicators (economic, social, ecological, sustained impact), so it does not say what the money achieves; add them.",
      },
    },
  },
  *check(_table, { facts }) {
    // No level recognised at all (a flat list of indicators): nothing to judge blocks by (levels-missing says so).
    if (!facts.leveled) return;
    const blocks = new Set(facts.indicators.map((f) => f.block.level1));
    if (!blocks.has("output")) yield { messageId: "missingOutput", indicator: null };
    if (!blocks.has("benefit")) yield { messageId: "missingBenefit", indicator: null };
  },
});
