/**
 * Each second level belongs to one first level: 数量/质量/时效 under 产出, 经济/社会/生态效益 and 可持续影响
 * under 效益, 满意度 under 满意度, 成本 under 产出 (older templates) or 成本. Unknown names are left alone.
 */
import { defineRule } from "../model/finding.js";
import type { FirstLevel, SecondLevel } from "../model/semantic.js";
import { cellOf } from "./utils/location.js";

const ALLOWED: Record<SecondLevel, FirstLevel[]> = {
  quantity: ["output"],
  quality: ["output"],
  timeliness: ["output"],
  cost: ["output", "cost"],
  economicCost: ["cost", "output"],
  socialCost: ["cost", "output"],
  ecoCost: ["cost", "output"],
  economic: ["benefit"],
  social: ["benefit"],
  ecological: ["benefit"],
  sustainable: ["benefit"],
  satisfaction: ["satisfaction"],
};

const EXPECTED: Record<FirstLevel, string> = { output: "产出指标", benefit: "效益指标", satisfaction: "满意度指标", cost: "成本指标" };

export default defineRule<"misplaced">({
  id: "second-level-misplaced",
  meta: {
    name: { zh: "二级指标放错位置", en: "Second level misplaced" },
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "二级指标放在了错误的一级指标下", en: "A second-level indicator sits under the wrong first level" },
    },
    messages: {
      misplaced: {
        zh: "二级指标“{level2}”不应放在一级指标“{level1}”下；请把它移到“{expected}”下。",
        en: "Second level “{level2}” does not belong under first level “{level1}”; move it under “{expected}”.",
      },
    },
  },
  *check(_table, { facts }) {
    const seen = new Set<string>();
    for (const f of facts.indicators) {
      const { level1: l1, level2: l2, level1From } = f.block;
      if (!l1 || !l2 || level1From !== "level1" || ALLOWED[l2].includes(l1)) continue;
      const level1 = f.block.level1Text ?? "";
      const level2 = f.block.level2Text ?? "";
      // One finding per misplaced block, at its first row.
      if (seen.has(`${level1}|${level2}`)) continue;
      seen.add(`${level1}|${level2}`);
      yield { messageId: "misplaced", data: { level1, level2, expected: EXPECTED[ALLOWED[l2][0]] }, indicator: f.indicator, at: cellOf(f, "level2") };
    }
  },
});
