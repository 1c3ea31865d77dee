/**
 * 决策 / 过程 / 投入 are the categories of an evaluation framework (绩效评价指标体系), not of a target
 * table: a 一级 or 二级 named after them means the wrong template was filled. Local first-level names
 * (成效指标, 效果指标) are read as 效益 but reported, so the table uses the standard names.
 */
import { defineRule } from "../model/finding.js";
import { cellOf } from "./utils/location.js";
import { labelKey } from "../grammar/index.js";
import { memo } from "../model/memo.js";

// Only the three names that exist in no target template; 资金管理 or 项目管理 do appear in some 整体 tables.
const EVALUATION = /^(决策|过程|投入)(指标)?$/u;

const LEVELS = ["level1", "level2"] as const;

/** The level an evaluation category names (决策, 过程指标), once per distinct level text; null for other levels. */
const evaluationLevel = memo((raw: string): string | null => {
  const level = labelKey(raw).replace(/\([^)]*\)$/u, "");
  return EVALUATION.test(level) ? level : null;
});

export default defineRule<"evaluationCategory" | "localFirstLevel">({
  id: "nonstandard-level",
  meta: {
    name: { zh: "指标类别不规范", en: "Non-standard level" },
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "使用了绩效评价指标体系的类别（决策、过程、投入）或地方自拟的名称（成效指标）作为一级或二级指标",
        en: "An evaluation-framework category (决策, 过程, 投入) or a local name (成效指标) used as a first- or second-level indicator",
      },
    },
    messages: {
      evaluationCategory: {
        zh: "“{level}”是绩效评价指标体系（决策、过程、产出、效益）的类别，不是绩效目标表的指标类别；请改用产出、成本、效益、满意度指标。",
        en: "“{level}” is a category of the evaluation framework (decision, process, output, benefit), not of a target table; use output, cost, benefit and satisfaction indicators.",
      },
      localFirstLevel: {
        zh: "一级指标“{level}”不是标准名称，pbm 按效益指标理解；请改为“效益指标”，并按产出、效益、满意度（及成本）指标分类。",
        en: "First level “{level}” is not a standard name (pbm reads it as 效益指标, benefit); rename it 效益指标 and use the output, benefit, satisfaction (and cost) blocks.",
      },
    },
  },
  *check(_table, { facts }) {
    const seen = new Set<string>();
    for (const f of facts.indicators) {
      const local = f.block.level1Nonstandard;
      if (local && !seen.has(`1:${local}`)) {
        seen.add(`1:${local}`);
        yield { messageId: "localFirstLevel", data: { level: local }, indicator: f.indicator, at: cellOf(f, "level1") };
      }
      for (const which of LEVELS) {
        const raw = which === "level1" ? f.block.level1Text : f.block.level2Text;
        const level = evaluationLevel(raw ?? "");
        if (level === null || seen.has(level)) continue;
        seen.add(level);
        yield { messageId: "evaluationCategory", data: { level: raw ?? level }, indicator: f.indicator, at: cellOf(f, which) };
      }
    }
  },
});
