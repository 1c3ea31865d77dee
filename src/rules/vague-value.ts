import { z } from "zod";
import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";
import { isCostIndicator, qualitativeText } from "./utils/measure.js";
import { normalizeName } from "./utils/text.js";

export const DEFAULT_VAGUE_WORDS = [
  "效果明显", "进一步", "促进", "提高", "提升", "改善", "保障", "持续", "良好", "稳步", "降低", "减轻",
  "稳定", "发挥", "消除", "创新", "转型", "加强", "增强", "优化", "推动", "明显", "显著", "有效", "较好", "逐步",
];

/** A qualitative target whose wording cannot be checked at year end (促进, 提高, 改善 …). */
export default defineRule({
  id: "vague-value",
  meta: {
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "指标值含糊", en: "Vague target" },
      summary: {
        zh: "定性指标值用“促进”“提高”“改善”“保障”等含糊词语表述，年终无法判断是否达成。",
        en: "A qualitative target worded vaguely (促进, 提高, 改善, 保障 …): nobody can tell at year end whether it was met.",
      },
    },
    messages: {
      vagueWord: {
        zh: "指标“{name}”的指标值“{value}”含糊，无法衡量是否达成；请改为可量化的目标值，或写明分级标准。",
        en: "Indicator “{name}”: the value “{value}” is vague and cannot be measured; give a quantified target or graded criteria.",
      },
      vague: {
        zh: "指标“{name}”的指标值“{value}”含糊（“{word}”），无法衡量是否达成；请改为可量化的目标值，或写明分级标准。",
        en: "Indicator “{name}”: the value “{value}” is vague (“{word}”) and cannot be measured; give a quantified target or graded criteria.",
      },
    },
    options: z.object({
      words: z.array(z.string()).default(DEFAULT_VAGUE_WORDS),
    }),
  },
  *check(table, { options }) {
    for (const ind of table.indicators) {
      const q = qualitativeText(ind);
      if (!q || isCostIndicator(ind)) continue; // qualitative cost rows: qualitative-cost
      if (/\d/.test(q.text)) continue; // 较上年提高 5%: the number makes it measurable
      if (normalizeName(q.text) === normalizeName(ind.name)) continue; // value-repeats-name
      const word = options.words.find((w) => q.text.includes(w));
      if (!word) continue;
      yield {
        messageId: q.text === word ? "vagueWord" : "vague",
        data: { name: ind.name, value: q.text, word },
        indicator: ind,
        at: indicatorCell(ind, q.cell),
      };
    }
  },
});
