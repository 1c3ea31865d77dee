/**
 * Rates that describe doing the job fully (到位率, 及时率, 合格率, 完成率, 执行率, 发放率 …) are
 * normally set at or near 100 %; ">= 10 %" sets no target at all (domain-rules §3.6: targets set too
 * low, V S35). Conversion, growth, coverage and share rates are not "near 100" rates and are left alone.
 */
import { z } from "zod";
import { defineRule } from "../model/finding.js";
import { isGrowthRate, isNearFullRate, isPercent } from "./utils/indicator-kind.js";
import { at, num, shown, valueCell } from "./utils/operator-text.js";

export default defineRule<"tooLow", { minimum: number }>({
  id: "rate-implausibly-low",
  meta: {
    category: "threshold",
    severity: "warning",
    recommended: true,
    options: z.object({ minimum: z.number().min(0).max(100).default(60) }),
    docs: {
      name: { zh: "比率目标过低", en: "Rate implausibly low" },
      summary: {
        zh: "到位率、及时率、合格率、完成率等应接近 100% 的比率目标过低（默认低于 60%）",
        en: "A rate that should be near 100 % (funds in place, timeliness, pass, completion) is set implausibly low (default below 60 %)",
      },
    },
    messages: {
      tooLow: {
        zh: "“{indicator}”目标为“{value}”，低于 {minimum}%；此类比率通常应接近 100%，目标过低失去约束意义",
        en: "\"{indicator}\" targets \"{value}\", below {minimum} %; such rates are normally near 100 %, so this target constrains nothing",
      },
    },
  },
  *check(table, ctx) {
    for (const i of table.indicators) {
      const v = num(i);
      if (v === null || v >= ctx.options.minimum || v <= 0) continue;
      if (i.operator === "<=" || i.operator === "<") continue;
      if (!isNearFullRate(i) || isGrowthRate(i) || !isPercent(i)) continue;
      yield {
        messageId: "tooLow",
        data: { indicator: i.name, value: shown(i), minimum: ctx.options.minimum },
        indicator: i,
        at: at(i, valueCell(i)),
      };
    }
  },
});
