/**
 * A 三级 name says what is measured; the target belongs in the value. A name that is itself an amount
 * (20万元), or that carries the target (村组干部230人 = 230, 满意度95%以上), is a value typed into the
 * wrong cell: change the target and the name goes stale.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";

export default defineRule<"nameIsValue" | "nameHoldsTarget">({
  id: "name-holds-value",
  meta: {
    name: { zh: "名称中写了数值", en: "Value written into the name" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "三级指标名称本身是一个数值（如“20万元”），或把目标值写进了名称（如“村组干部230人”“满意度95%以上”）。",
        en: "The third-level name is a value (20万元), or carries the target (村组干部230人, 满意度95%以上).",
      },
    },
    messages: {
      nameIsValue: {
        zh: "三级指标名称“{name}”是一个数值，没有说明衡量什么；请把名称改为衡量的内容（如“项目总成本”），数值写进指标值。",
        en: "The third-level name “{name}” is a value and does not say what is measured; name the measure (项目总成本) and put the number in the target.",
      },
      nameHoldsTarget: {
        zh: "三级指标名称“{name}”里写了目标值“{number}”；请把数值从名称中删去，只写在指标值一栏。",
        en: "The third-level name “{name}” carries the target “{number}”; remove the number from the name and keep it in the target only.",
      },
    },
  },
  *check(_table, { facts }): Generator<FindingDraft<"nameIsValue" | "nameHoldsTarget">> {
    for (const f of facts.indicators) {
      const ind = f.indicator;
      if (f.nameIsValue) {
        yield { messageId: "nameIsValue", data: { name: ind.name }, indicator: ind };
        continue;
      }
      // The name's number with a unit equals the target (a year, a document number or 5G is not one).
      const held = f.nameNumbers.find((n) => f.number !== null && n.value === f.number && n.unitInfo && n.unitInfo.family !== "time");
      if (held) yield { messageId: "nameHoldsTarget", data: { name: ind.name, number: `${held.digits}${held.unit ?? ""}` }, indicator: ind };
    }
  },
});
