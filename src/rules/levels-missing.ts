/**
 * Indicators listed without any 一级 / 二级 (产出, 效益, 满意度 …): nobody can tell outputs from effects, and
 * the structure rules cannot check the blocks.
 */
import { defineRule } from "../model/finding.js";

export default defineRule<"noLevels">({
  id: "levels-missing",
  meta: {
    name: { zh: "没有一级、二级指标", en: "No first or second levels" },
    category: "classification",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "指标没有按一级、二级指标（产出、效益、满意度等）分类，只是一张清单。",
        en: "The indicators are not grouped by first and second levels (产出, 效益, 满意度 …): a flat list.",
      },
    },
    messages: {
      noLevels: {
        zh: "本表 {count} 个指标都没有一级、二级指标分类，无法区分产出、效益和满意度；请按产出指标（数量、质量、时效）、效益指标、满意度指标（及成本指标）分类填写。",
        en: "None of the {count} indicators in this table has a first or second level, so outputs, effects and satisfaction cannot be told apart; group them under 产出, 效益, 满意度 (and 成本).",
      },
    },
  },
  *check(_table, { facts }) {
    if (facts.indicators.length < 3 || facts.leveled) return;
    // Level texts pbm does not recognise are still levels (nonstandard-level is about those).
    if (facts.indicators.some((f) => f.block.level1Text || f.block.level2Text)) return;
    yield { messageId: "noLevels", data: { count: facts.indicators.length }, indicator: null };
  },
});
