/**
 * A 二级 that repeats its 一级 (满意度指标 › 满意度指标) does not say which second level it is: the standard
 * second levels are 服务对象满意度指标, 社会公众满意度指标 (and 数量/质量/时效 … for the other blocks).
 */
import { defineRule } from "../model/finding.js";
import { labelKey } from "../grammar/index.js";
import { cellOf } from "./utils/location.js";

const STANDARD: Record<string, string> = { 满意度: "服务对象满意度指标", 产出: "数量指标、质量指标或时效指标", 效益: "经济效益、社会效益、生态效益或可持续影响指标", 成本: "经济成本、社会成本或生态环境成本指标" };

export default defineRule<"repeats">({
  id: "second-level-repeats-first",
  meta: {
    name: { zh: "二级指标与一级同名", en: "Second level repeats the first" },
    category: "classification",
    severity: "info",
    recommended: true,
    docs: {
      summary: {
        zh: "二级指标的名称与一级指标相同（如“满意度指标”下的二级也叫“满意度指标”）。",
        en: "A second level has the same name as its first level (满意度指标 › 满意度指标).",
      },
    },
    messages: {
      repeats: {
        zh: "二级指标“{level}”与一级指标同名，没有说明是哪一类；请改为“{expected}”。",
        en: "Second level “{level}” has the same name as its first level and does not say which kind it is; use “{expected}”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const l1 = labelKey(f.block.level1Text ?? "").replace(/指标$/u, "");
      const l2 = labelKey(f.block.level2Text ?? "").replace(/指标$/u, "");
      if (!l1 || l1 !== l2 || f.block.level1From !== "level1" || !Object.hasOwn(STANDARD, l1)) continue;
      // One finding per table: the block is named once.
      yield { messageId: "repeats", data: { level: f.block.level2Text!, expected: STANDARD[l1] }, indicator: null, at: cellOf(f, "level2") };
      return;
    }
  },
});
