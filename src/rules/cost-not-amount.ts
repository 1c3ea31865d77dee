/**
 * A cost indicator states what the work may cost: an amount (≤ 800 万元) or a unit cost (≤ 640 元/人).
 * Given as a percentage (20万元 | 100%), as a count, or as the amount written into the name instead of a
 * value, it bounds nothing. A cost-control rate (成本控制率 ≤ 100 %) is a legitimate form and is left to
 * cost-rate-only.
 */
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

export default defineRule<"notMoney" | "amountInName">({
  id: "cost-not-amount",
  meta: {
    name: { zh: "成本指标不是金额", en: "Cost not given as an amount" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "成本指标的目标不是金额（写成百分比、个数等），或把金额写进了指标名称。",
        en: "A cost indicator's target is not an amount (a percentage, a count …), or the amount was written into the name.",
      },
    },
    messages: {
      notMoney: {
        zh: "成本指标“{name}”的目标是“{value}”，不是金额，无法约束花费；请写成金额上限，如“≤ 20 万元”或“≤ 640 元/人”。",
        en: "Cost indicator “{name}” targets “{value}”, which is not an amount and bounds no spending; write a ceiling such as “≤ 20 万元” or “≤ 640 元/人”.",
      },
      amountInName: {
        zh: "成本指标的名称“{name}”是一个金额，指标值却是“{value}”；请把名称改为成本项目（如“项目总成本”），金额写进指标值，如“≤ {name}”。",
        en: "The cost indicator's name “{name}” is an amount while its target is “{value}”; name the cost (项目总成本) and put the amount in the target, e.g. “≤ {name}”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      // Social and ecological costs are measured in their own terms (影响时长, 破坏面积), not in money.
      if (!f.cost || f.rate === "cost-control" || f.number === null || !f.unit?.info || f.block.level2 === "socialCost" || f.block.level2 === "ecoCost") continue;
      const family = f.unit.info.family;
      if (family === "money" || family === "magnitude") continue;
      const data = { name: f.indicator.name, value: shown(f) };
      const nameMoney = f.nameIsValue && f.nameNumbers.some((n) => n.unitInfo?.family === "money");
      yield { messageId: nameMoney ? "amountInName" : "notMoney", data, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
