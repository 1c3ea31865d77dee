/**
 * Every target table needs 产出 (what the money delivers) and 效益 (what that achieves):
 * 中发〔2018〕34号 and the 88号 templates require both (domain-rules §2.3, S-03/S-04).
 * 满意度 has its own rule (missing-satisfaction) because some projects have no service recipients.
 */
import { defineRule } from "../model/finding.js";
import { blockOf } from "./utils/indicator-kind.js";

export default defineRule<"missingOutput" | "missingBenefit">({
  id: "missing-first-level",
  meta: {
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "缺少产出或效益指标", en: "Missing output or benefit indicators" },
      summary: { zh: "缺少产出指标或效益指标（一级指标）", en: "Missing output or benefit indicators (first level)" },
    },
    messages: {
      missingOutput: {
        zh: "缺少产出指标：表中没有任何产出指标（数量、质量、时效），无法说明资金提供了什么",
        en: "missing output indicators: the table has no output indicators (quantity, quality, timeliness), so it does not say what the money delivers",
      },
      missingBenefit: {
        zh: "缺少效益指标：表中没有任何效益指标（经济、社会、生态效益或可持续影响），无法说明资金产生了什么效果",
        en: "missing benefit indicators: the table has no benefit (outcome) indicators (economic, social, ecological, sustained impact), so it does not say what the money achieves",
      },
    },
  },
  *check(table) {
    if (table.indicators.length === 0) return;
    const blocks = new Set(table.indicators.map(blockOf));
    // No level recognised at all (a flat list of indicators): nothing to judge blocks by.
    if (blocks.size === 1 && blocks.has(null)) return;
    if (!blocks.has("output")) yield { messageId: "missingOutput", indicator: null };
    if (!blocks.has("benefit")) yield { messageId: "missingBenefit", indicator: null };
  },
});
