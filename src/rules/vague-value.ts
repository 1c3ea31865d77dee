import { defineRule, type FindingDraft } from "../model/finding.js";
import { cellOf } from "./utils/location.js";

/**
 * A qualitative target whose wording cannot be checked at year end, judged with the graded lexicon of the
 * semantic layer: a strong word (促进, 提高, 改善, 保障, 有效, 明显, 进一步, 稳步, 持续, 长期, 长远, 增加 …)
 * without a number is always vague; a weak word (良好, 正常, 按计划, 规范 …) only when nothing else is said.
 * A number anywhere, a graded tier (达成/部分达成/未达成, 优/良/中/差) or a date makes the target checkable.
 */
export default defineRule<"vagueWord" | "vague" | "weak", { allow: string[]; words: string[]; weak: boolean }>({
  id: "vague-value",
  meta: {
    name: { zh: "指标值含糊", en: "Vague target" },
    category: "measurability",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "定性指标值用“促进”“提高”“改善”“长远”“稳步提高”等含糊词语表述，年终无法判断是否达成。",
        en: "A qualitative target worded vaguely (促进, 提高, 改善, 长远, 稳步提高 …): nobody can tell at year end whether it was met.",
      },
    },
    messages: {
      vagueWord: {
        zh: "指标“{name}”的指标值“{value}”只说了方向，没有说到什么程度，年终无法判断是否达成；请改为可量化的目标值（如“≥ 95%”“较上年提高 5%”），或写明分级标准。",
        en: "Indicator “{name}”: the value “{value}” gives a direction but no level, so nobody can tell at year end whether it was met; give a quantified target (≥ 95%, 5 % more than last year) or graded criteria.",
      },
      vague: {
        zh: "指标“{name}”的指标值“{value}”含糊（“{word}”没有说明到什么程度），年终无法判断是否达成；请改为可量化的目标值，或写明分级标准。",
        en: "Indicator “{name}”: the value “{value}” is vague (“{word}” says no level), so nobody can tell at year end whether it was met; give a quantified target or graded criteria.",
      },
      weak: {
        zh: "指标“{name}”的指标值只写了“{value}”，没有说明具体标准，年终难以判断是否达成；请写明可核对的标准或数值（如“验收合格率 = 100%”“12 月底前完成”）。",
        en: "Indicator “{name}”: the value is only “{value}”, with no standard to check against; state a checkable standard or number (验收合格率 = 100%, done by the end of December).",
      },
    },
    options: (z) => z.object({
      /** Words accepted as targets in this region's templates (they are not reported). */
      allow: z.array(z.string()).default([]),
      /** More words to treat as strong vague words. */
      words: z.array(z.string()).default([]),
      /** Also report values made only of weak words (良好, 正常, 按计划). */
      weak: z.boolean().default(true),
    }),
  },
  *check(_table, { options, facts }): Generator<FindingDraft<"vagueWord" | "vague" | "weak">> {
    for (const f of facts.indicators) {
      const w = f.wording;
      // Cost rows: qualitative-cost; a value restating the name: value-repeats-name; 是/否: yes-no-value.
      const moneyCost = f.cost && f.block.level2 !== "socialCost" && f.block.level2 !== "ecoCost";
      if (!w || moneyCost || w.restatesName || w.hasNumber || w.tier || w.yesNo || w.level || f.valueDate) continue;
      if (options.allow.some((a) => w.text.includes(a))) continue;
      const extra = options.words.find((x) => w.text.includes(x));
      const strong = extra ?? w.vague.find((v) => v.grade === "strong")?.word;
      const ind = f.indicator;
      const at = cellOf(f, w.cell);
      if (strong) {
        yield { messageId: w.text === strong ? "vagueWord" : "vague", data: { name: ind.name, value: w.text, word: strong }, indicator: ind, at };
      } else if (options.weak && w.onlyVague) {
        yield { messageId: "weak", data: { name: ind.name, value: w.text }, indicator: ind, at };
      }
    }
  },
});
