/**
 * 决策 / 过程 / 投入 are the categories of an evaluation framework (绩效评价指标体系), not of a target
 * table: a 一级 or 二级 named after them means the wrong template was filled (domain-rules S-09; 过程指标
 * misused in a real table, V-local S38).
 */
import { defineRule } from "../model/finding.js";

// Only the three names that exist in no target template; 资金管理 or 项目管理 do appear in some 整体 tables.
const EVALUATION = /^(决策|过程|投入)(指标)?$/;

export default defineRule<"evaluationCategory">({
  id: "nonstandard-level",
  meta: {
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "指标层级不规范", en: "Non-standard indicator level" },
      summary: {
        zh: "使用了绩效评价指标体系的类别（决策、过程、投入）作为一级或二级指标",
        en: "An evaluation-framework category (决策, 过程, 投入) used as a first- or second-level indicator",
      },
    },
    messages: {
      evaluationCategory: {
        zh: "“{level}”是绩效评价指标体系（决策、过程、产出、效益）的类别，不是绩效目标表的指标类别；绩效目标表应使用产出、成本、效益、满意度指标",
        en: "\"{level}\" is a category of the evaluation framework (decision, process, output, benefit), not of a target table; target tables use output, cost, benefit and satisfaction indicators",
      },
    },
  },
  *check(table) {
    const seen = new Set<string>();
    for (const i of table.indicators) {
      for (const [raw, cell] of [
        [i.level1Raw ?? i.level1, i.cells.level1],
        [i.level2Raw ?? i.level2, i.cells.level2],
      ] as const) {
        const level = (raw ?? "").replace(/\s+/g, "").replace(/[（(][^）)]*[）)]$/, "");
        if (!EVALUATION.test(level) || seen.has(level)) continue;
        seen.add(level);
        yield {
          messageId: "evaluationCategory",
          data: { level: raw ?? level },
          indicator: i,
          at: { sheet: i.location.sheet, row: i.location.row, cell: cell ?? i.cells.name },
        };
      }
    }
  },
});
