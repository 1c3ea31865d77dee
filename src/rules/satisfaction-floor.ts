/**
 * A satisfaction target below the customary floor (default 85 %) promises little; observed targets are
 * 85–98 %. The floor is an option because no official figure exists.
 */
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

export default defineRule<"belowFloor", { floor: number }>({
  id: "satisfaction-floor",
  meta: {
    name: { zh: "满意度目标偏低", en: "Satisfaction target low" },
    category: "threshold",
    severity: "info",
    recommended: true,
    options: (z) => z.object({ floor: z.number().min(0).max(100).default(85) }),
    docs: {
      summary: { zh: "满意度目标低于常见下限（默认 85%）", en: "Satisfaction target below the customary floor (default 85 %)" },
    },
    messages: {
      belowFloor: {
        zh: "满意度“{indicator}”目标为“{value}”，低于常见的 {floor}%；请确认目标是否过低。",
        en: "Satisfaction “{indicator}” targets “{value}”, below the customary {floor} %; check that the target is not set too low.",
      },
    },
  },
  *check(_table, ctx) {
    for (const f of ctx.facts.indicators) {
      if (!f.satisfaction || f.number === null || f.number <= 1 || f.number >= ctx.options.floor) continue;
      if (f.operator === "<=" || f.operator === "<") continue;
      if (f.unit?.info && !f.percent) continue;
      yield { messageId: "belowFloor", data: { indicator: f.indicator.name, value: shown(f), floor: ctx.options.floor }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
