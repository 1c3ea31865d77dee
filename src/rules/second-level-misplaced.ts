/**
 * Each second-level belongs to one first-level (domain-rules §2.4, S-08): 数量/质量/时效 under 产出,
 * 经济/社会/生态效益 and 可持续影响 under 效益, 满意度 under 满意度, 成本 under 产出 (88号) or
 * 成本 (101号). Unknown names are left alone.
 */
import { defineRule } from "../model/finding.js";
import type { FirstLevel, SecondLevel } from "./utils/indicator-kind.js";
import { firstLevelOf, secondLevelOf } from "./utils/indicator-kind.js";

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
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "二级指标放错位置", en: "Second level under the wrong first level" },
      summary: { zh: "二级指标放在了错误的一级指标下", en: "A second-level indicator sits under the wrong first level" },
    },
    messages: {
      misplaced: {
        zh: "二级指标“{level2}”不应放在一级指标“{level1}”下，应属于“{expected}”",
        en: "second-level \"{level2}\" does not belong under first-level \"{level1}\"; it belongs under \"{expected}\"",
      },
    },
  },
  *check(table) {
    const seen = new Set<string>();
    for (const i of table.indicators) {
      const l1 = firstLevelOf(i);
      const l2 = secondLevelOf(i);
      if (!l1 || !l2 || ALLOWED[l2].includes(l1)) continue;
      const level1 = i.level1Raw ?? i.level1 ?? "";
      const level2 = i.level2Raw ?? i.level2 ?? "";
      // One finding per misplaced block, at its first row.
      if (seen.has(`${level1}|${level2}`)) continue;
      seen.add(`${level1}|${level2}`);
      yield {
        messageId: "misplaced",
        data: { level1, level2, expected: EXPECTED[ALLOWED[l2][0]] },
        indicator: i,
        at: { sheet: i.location.sheet, row: i.location.row, cell: i.cells.level2 ?? i.cells.name },
      };
    }
  },
});
