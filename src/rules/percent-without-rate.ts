/**
 * A percentage needs a whole it is a share of. "维护社会稳定 ≥ 95%", "为民众办好事,办实事 100%": the name
 * states an aim, not a rate, so 95 % of what? Reported only when the name reads as an aim — a strong vague
 * word (维护, 促进, 改善 …), a sentence, a past tense; names that read as a share (…率, …比例, 满意度, 合格,
 * 完成, 覆盖, 进度, 及时 …) and plain nouns ("工程质量", "宣传到位") are left alone.
 */
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

export default defineRule<"noWhole">({
  id: "percent-without-rate",
  meta: {
    name: { zh: "非比率指标用了百分比", en: "Percentage on a non-rate" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "指标名称不是比率（如“维护社会稳定”），目标却是百分比，无法说明是什么的百分之几。",
        en: "The name is not a rate (维护社会稳定) but the target is a percentage: a share of what?",
      },
    },
    messages: {
      noWhole: {
        zh: "“{name}”不是比率，目标“{value}”说不清是什么的百分之几，无法考核；请改为比率指标（如“…完成率 ≥ 95%”），或改用数量、金额等可核对的目标。",
        en: "“{name}” is not a rate, so the target “{value}” is a share of nothing; rename it as a rate (…完成率 ≥ 95%) or use a count or amount that can be checked.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (!f.percent || f.number === null || f.impliesRate || f.nameAsksYesNo || f.rate === "cost-control") continue;
      const aim = f.nameVague.some((v) => v.grade === "strong") || /[,，;；、]|了/u.test(f.core);
      if (!aim) continue;
      // A cost given as a percentage is cost-not-amount's.
      if (f.cost) continue;
      yield { messageId: "noWhole", data: { name: f.indicator.name, value: shown(f) }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
