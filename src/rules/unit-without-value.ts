/**
 * A target cell holding only a unit ("公里", "万亩", "万人"): the template's unit was kept and the number
 * never filled in. When most rows of a table are like this, the table is an unfilled template.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

export default defineRule<"unitOnly" | "unfilled">({
  id: "unit-without-value",
  meta: {
    name: { zh: "只有单位没有数值", en: "Unit without a number" },
    category: "measurability",
    severity: "error",
    recommended: true,
    docs: {
      summary: {
        zh: "指标值只写了计量单位（如“公里”“万亩”），没有目标数值，无法考核。",
        en: "The target holds only a unit (公里, 万亩) and no number, so it cannot be assessed.",
      },
    },
    messages: {
      unitOnly: {
        zh: "“{indicator}”的指标值只写了单位“{unit}”，没有目标数值；请在单位前填写数值，如“30{unit}”。",
        en: "“{indicator}”: the target holds only the unit “{unit}” and no number; write the number before it, e.g. “30{unit}”.",
      },
      unfilled: {
        zh: "本表 {count} 个指标中有 {missing} 个没有填写目标数值，像是没有填完的模板；请逐项填写目标值后再提交。",
        en: "{missing} of the {count} indicators in this table have no target number: it looks like an unfilled template; fill in every target before submitting.",
      },
    },
  },
  *check(_table, { facts }): Generator<FindingDraft<"unitOnly" | "unfilled">> {
    let missing = 0;
    for (const f of facts.indicators) {
      const v = f.value;
      const noNumber = f.number === null && f.range === null && (v.kind === "unit-only" || v.kind === "operator-only" || v.kind === "empty" || v.kind === "placeholder");
      if (noNumber) missing++;
      // With an operator it is operator-without-number's ("≧ %").
      if (v.kind !== "unit-only" || f.operator !== null) continue;
      yield { messageId: "unitOnly", data: { indicator: f.indicator.name, unit: v.unit ?? v.raw }, indicator: f.indicator, at: cellOf(f, "value") };
    }
    const count = facts.indicators.length;
    if (count >= 3 && missing >= Math.ceil(count * 0.8)) yield { messageId: "unfilled", data: { count, missing }, indicator: null };
  },
});
