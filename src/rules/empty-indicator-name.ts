/**
 * A 三级 indicator needs a name of its own: an empty name, or one that only repeats a level
 * ("社会成本指标" as the 三级 under 成本) says nothing about what is measured (domain-rules S-11, O3).
 */
import { defineRule, type FindingDraft } from "../model/finding.js";

// Satisfaction names are left out: "服务对象满意度" as the 三级 under 服务对象满意度指标 is standard practice.
const LEVEL_NAME =
  /^(产出|效益|满意度|成本|数量|质量|时效|进度|经济效益|社会效益|生态效益|环境效益|可持续影响|经济成本|社会成本|生态环境成本|环境成本)(指标)?$/;

export default defineRule<"emptyName" | "levelAsName">({
  id: "empty-indicator-name",
  meta: {
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "三级指标名称为空", en: "Empty indicator name" },
      summary: { zh: "三级指标名称为空或只是重复一级/二级指标名称", en: "Empty third-level name, or one that only repeats a level name" },
    },
    messages: {
      emptyName: {
        zh: "第 {row} 行有指标值“{value}”，但三级指标名称为空",
        en: "row {row} has the target \"{value}\" but no third-level indicator name",
      },
      levelAsName: {
        zh: "三级指标名称“{indicator}”只是一级/二级指标的名称，没有说明具体衡量什么",
        en: "third-level name \"{indicator}\" only repeats a level name and does not say what is measured",
      },
    },
  },
  *check(table): Generator<FindingDraft<"emptyName" | "levelAsName">> {
    for (const i of table.indicators) {
      const name = i.name.replace(/\s+/g, "");
      if (!name) {
        const value = [i.operatorRaw, i.valueRaw, i.unit].filter(Boolean).join(" ");
        if (!value) continue;
        yield { messageId: "emptyName", data: { row: i.location.row, value }, indicator: i };
      } else if (LEVEL_NAME.test(name)) {
        yield { messageId: "levelAsName", data: { indicator: i.name }, indicator: i };
      }
    }
  },
});
