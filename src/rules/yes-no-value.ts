/**
 * A yes/no answer (是, 否, 有, 无) or a bare level (高, 中, 低) is not a target: the effect of a project is
 * to be measured, not affirmed. A 是否… question with a percentage ("是否按时足额发放 ≥ 95%") mixes a yes/no
 * question with a rate: neither can be assessed.
 */
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

type Id = "yesNo" | "level" | "questionWithRate";

export default defineRule<Id>({
  id: "yes-no-value",
  meta: {
    name: { zh: "指标值只写“是/否”", en: "Yes/no target" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "指标值只写“是/否”“有/无”或“高/中/低”，没有可衡量的目标；或“是否…”的问题配了百分比目标。",
        en: "The target is only yes/no (是/否, 有/无) or a bare level (高/中/低), or a yes/no question (是否…) is given a percentage.",
      },
    },
    messages: {
      yesNo: {
        zh: "指标“{name}”的指标值只写了“{value}”，是一个是/否回答，不是可衡量的目标；请改为可量化的指标，如“受益群众人数 ≥ 1000 人”“安全事故发生次数 = 0 次”。",
        en: "Indicator “{name}”: the value is only “{value}”, a yes/no answer, not a measurable target; turn it into a measure such as 受益群众人数 ≥ 1000 人 or 安全事故发生次数 = 0 次.",
      },
      level: {
        zh: "指标“{name}”的指标值只写了“{value}”，没有说明高低的标准，无法考核；请改为可量化的目标值，或写明各档的判断标准。",
        en: "Indicator “{name}”: the value is only “{value}”, with no standard for the level, so it cannot be assessed; give a quantified target or the criteria of each grade.",
      },
      questionWithRate: {
        zh: "指标“{name}”是一个“是否”问题，目标却是“{value}”；是否问题只能回答是或否，请改为比率指标（如“按时足额发放率 = 100%”）。",
        en: "Indicator “{name}” is a yes/no question but its target is “{value}”; rephrase it as a rate (按时足额发放率 = 100%).",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const w = f.wording;
      const ind = f.indicator;
      // A compliance check under 质量 or 时效 (是否通过验收 | 是) is a pass/fail target; effects and counts need a measure.
      if (w?.yesNo && f.nameAsksYesNo && (f.block.level2 === "quality" || f.block.level2 === "timeliness")) continue;
      if (w?.yesNo) yield { messageId: "yesNo", data: { name: ind.name, value: w.text }, indicator: ind, at: cellOf(f, w.cell) };
      else if (w?.level) yield { messageId: "level", data: { name: ind.name, value: w.text }, indicator: ind, at: cellOf(f, w.cell) };
      else if (f.nameAsksYesNo && f.number !== null && f.percent) yield { messageId: "questionWithRate", data: { name: ind.name, value: shown(f) }, indicator: ind, at: cellOf(f, "value") };
    }
  },
});
