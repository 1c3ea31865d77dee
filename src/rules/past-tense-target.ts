/**
 * A target says what is to be achieved. Written as something already done (保障了…，维护了社会稳定;
 * 改善了农民生产生活条件) it reads like last year's report copied into this year's table.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";

const PAST = /(保障|维护|改善|提高|提升|促进|推动|完成|实现|达到|解决|落实|发放|增加|加强|满足|带动|激发|巩固|保证|确保|改变|减轻|降低)了/u;

export default defineRule<"goalPast" | "namePast">({
  id: "past-tense-target",
  meta: {
    name: { zh: "目标写成已完成", en: "Target in the past tense" },
    category: "measurability",
    severity: "info",
    recommended: true,
    docs: {
      summary: {
        zh: "年度目标或指标名称写成已经完成的事（如“保障了…”“改善了…”），像是抄自往年的总结。",
        en: "The annual goal or an indicator name is written as already done (保障了…, 改善了…), like last year's report.",
      },
    },
    messages: {
      goalPast: {
        zh: "{label}写成了已完成的事（“{words}”），目标应写本年度要达到什么；请改为“保障…”“使…达到…”这样的目标表述，并写明数量。",
        en: "{label} is written as already done (“{words}”); a goal states what this year is to achieve — rephrase it as a target with numbers.",
      },
      namePast: {
        zh: "指标名称“{name}”写成了已完成的事（“{words}”）；请改为要衡量的内容，如“农民人均增收”。",
        en: "The name “{name}” is written as already done (“{words}”); name what is measured instead.",
      },
    },
  },
  *check(_table, { facts }): Generator<FindingDraft<"goalPast" | "namePast">> {
    for (const g of facts.annualGoals) {
      const m = PAST.exec(g.text);
      if (m) yield { messageId: "goalPast", data: { label: g.label, words: m[0] }, indicator: null, at: g.at };
    }
    for (const f of facts.indicators) {
      const m = PAST.exec(f.core);
      if (m) yield { messageId: "namePast", data: { name: f.indicator.name, words: m[0] }, indicator: f.indicator };
    }
  },
});
