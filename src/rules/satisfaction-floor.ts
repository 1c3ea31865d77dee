/**
 * A satisfaction target below the customary floor (default 85 %) promises little; observed targets
 * are 85–98 % (domain-rules §3.5, V-08). The floor is an option because no official figure exists.
 */
import { z } from "zod";
import { defineRule } from "../model/finding.js";
import { isSatisfaction } from "./utils/indicator-kind.js";
import { at, num, shown, valueCell } from "./utils/operator-text.js";

export default defineRule<"belowFloor", { floor: number }>({
  id: "satisfaction-floor",
  meta: {
    category: "threshold",
    severity: "info",
    recommended: true,
    options: z.object({ floor: z.number().min(0).max(100).default(85) }),
    docs: {
      name: { zh: "满意度目标偏低", en: "Satisfaction target too low" },
      summary: { zh: "满意度目标低于常见下限（默认 85%）", en: "Satisfaction target below the customary floor (default 85 %)" },
    },
    messages: {
      belowFloor: {
        zh: "满意度“{indicator}”目标为“{value}”，低于常见的 {floor}%；请确认目标是否过低",
        en: "satisfaction \"{indicator}\" targets \"{value}\", below the customary {floor} %; check the target is not set too low",
      },
    },
  },
  *check(table, ctx) {
    for (const i of table.indicators) {
      const v = num(i);
      if (!isSatisfaction(i) || v === null || v <= 1 || v >= ctx.options.floor) continue;
      if (i.operator === "<=" || i.operator === "<") continue;
      yield {
        messageId: "belowFloor",
        data: { indicator: i.name, value: shown(i), floor: ctx.options.floor },
        indicator: i,
        at: at(i, valueCell(i)),
      };
    }
  },
});
