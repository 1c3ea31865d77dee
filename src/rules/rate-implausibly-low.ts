/**
 * Rates that describe doing the job fully (到位率, 及时率, 合格率, 完成率, 执行率, 发放率 …) are normally
 * set at or near 100 %; ">= 10 %" sets no target at all. Conversion, growth, coverage and share rates
 * are not "near 100" rates and are left alone.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

export default defineRule<"tooLow" | "fraction", { minimum: number }>({
  id: "rate-implausibly-low",
  meta: {
    name: { zh: "比率目标过低", en: "Rate set implausibly low" },
    category: "threshold",
    severity: "warning",
    recommended: true,
    options: (z) => z.object({ minimum: z.number().min(0).max(100).default(60) }),
    docs: {
      summary: {
        zh: "到位率、及时率、合格率、完成率等应接近 100% 的比率目标过低（默认低于 60%）",
        en: "A rate that should be near 100 % (funds in place, timeliness, pass, completion) is set implausibly low (default below 60 %)",
      },
    },
    messages: {
      tooLow: {
        zh: "“{indicator}”目标为“{value}”，低于 {minimum}%；此类比率通常应接近 100%，目标过低失去约束意义，请核对目标值。",
        en: "“{indicator}” targets “{value}”, below {minimum} %; such rates are normally near 100 %, so this target constrains nothing — check it.",
      },
      fraction: {
        zh: "“{indicator}”目标为“{value}”，像是把百分数写成了小数（{number} 即 {percent}%）；请写成“{percent}%”。",
        en: "“{indicator}” targets “{value}”, which reads like a percentage written as a fraction ({number} is {percent} %); write “{percent} %”.",
      },
    },
  },
  *check(_table, ctx): Generator<FindingDraft<"tooLow" | "fraction">> {
    for (const f of ctx.facts.indicators) {
      if (f.number === null || f.number >= ctx.options.minimum || f.number <= 0) continue;
      if (f.operator === "<=" || f.operator === "<") continue;
      const nearFull = f.rate === "completion" || f.rate === "timeliness" || f.rate === "quality" || f.rate === "process";
      // 0.95 under %, or with no unit at all, on a rate that is near 100 % by nature: a spreadsheet fraction (95 %).
      const fraction = f.number < 1 && (f.percent || (f.unit === null && f.rateName)) && (nearFull || f.satisfaction);
      if (fraction) {
        const percent = String(Math.round(f.number * 1000) / 10);
        yield { messageId: "fraction", data: { indicator: f.indicator.name, value: shown(f), number: String(f.number), percent }, indicator: f.indicator, at: cellOf(f, "value") };
        continue;
      }
      if (!f.percent || !nearFull) continue;
      yield { messageId: "tooLow", data: { indicator: f.indicator.name, value: shown(f), minimum: ctx.options.minimum }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
