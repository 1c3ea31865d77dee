/**
 * A 三级 indicator needs a name of its own: an empty name, or one that only repeats a level
 * ("社会成本指标" as the 三级 under 成本, or a table whose 指标名称 column holds the 二级 names) says
 * nothing about what is measured.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";

// Satisfaction names are left out: "服务对象满意度" as the 三级 under 服务对象满意度指标 is standard practice.
const LEVEL_NAME =
  /^(产出|效益|满意度|成本|数量|质量|时效|进度|经济效益|社会效益|生态效益|环境效益|可持续影响|可持续性?发展影响|可持续性影响|经济成本|社会成本|生态环境成本|环境成本)(指标)?$/u;

export default defineRule<"emptyName" | "levelAsName">({
  id: "empty-indicator-name",
  meta: {
    name: { zh: "三级指标名称缺失", en: "No third-level name" },
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
      summary: { zh: "三级指标名称为空或只是重复一级/二级指标名称", en: "Empty third-level name, or one that only repeats a level name" },
    },
    messages: {
      emptyName: {
        zh: "第 {row} 行有指标值“{value}”，但三级指标名称是空的；请填写这一行衡量的具体内容。",
        en: "Row {row} has the target “{value}” but no third-level indicator name; name what the row measures.",
      },
      levelAsName: {
        zh: "三级指标名称“{indicator}”只是一级/二级指标的名称，没有说明具体衡量什么；请改成具体的指标名称，如“改造学校数量”。",
        en: "Third-level name “{indicator}” only repeats a level name and does not say what is measured; name the measure, e.g. 改造学校数量.",
      },
    },
  },
  *check(_table, { facts }): Generator<FindingDraft<"emptyName" | "levelAsName">> {
    for (const f of facts.indicators) {
      const ind = f.indicator;
      if (!f.core) {
        const value = [ind.operatorRaw, ind.valueRaw, ind.unit].filter(Boolean).join(" ");
        if (!value) continue;
        yield { messageId: "emptyName", data: { row: ind.location.row, value }, indicator: ind };
      } else if (LEVEL_NAME.test(f.core)) {
        yield { messageId: "levelAsName", data: { indicator: ind.name }, indicator: ind };
      }
    }
  },
});
