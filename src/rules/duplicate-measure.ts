import { defineRule } from "../model/finding.js";
import { memo } from "../model/memo.js";
import type { IndicatorFacts } from "../model/semantic.js";
import { cellOf, shown } from "./utils/location.js";
import { normalizeName } from "./utils/text.js";

/** The measure an indicator counts, with 数 / 数量 / 个数 folded together (奖励企业数 = 奖励企业数量). */
export const measureKey = memo((name: string): string => normalizeName(name).replace(/(的)?(数量|个数|总数|数目|数)$/u, ""));

const sameTarget = (a: IndicatorFacts, b: IndicatorFacts) =>
  a.value.raw === b.value.raw || (a.number === b.number && a.operator === b.operator && (a.unit?.info?.canonical ?? a.unit?.text ?? "") === (b.unit?.info?.canonical ?? b.unit?.text ?? ""));

/** Two indicators that measure the same thing with different targets or units. */
export default defineRule({
  id: "duplicate-measure",
  meta: {
    name: { zh: "同一事项两个目标", en: "One measure, two targets" },
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "两个指标衡量的是同一件事（如“奖励企业数”和“奖励企业数量”），却给出不同的目标值或单位。",
        en: "Two indicators measure the same thing (奖励企业数 and 奖励企业数量) with different targets or units.",
      },
    },
    messages: {
      conflict: {
        zh: "指标“{name}”（{target}）与指标“{other}”（{otherTarget}）衡量的是同一事项，目标值或单位却不一致；请保留一个，或统一目标值和单位。",
        en: "Indicator “{name}” ({target}) and “{other}” ({otherTarget}) measure the same thing with different targets or units; keep one, or make them agree.",
      },
    },
  },
  *check(_table, { facts }) {
    const seen = new Map<string, IndicatorFacts>();
    for (const f of facts.indicators) {
      const key = measureKey(f.core);
      if (key.length < 2) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, f);
        continue;
      }
      // The same name twice is duplicate-indicator's (structure) finding; this rule is for two names.
      if (normalizeName(first.core) === normalizeName(f.core) || sameTarget(first, f)) continue;
      yield {
        messageId: "conflict",
        data: { name: f.indicator.name, target: shown(f), other: first.indicator.name, otherTarget: shown(first) },
        indicator: f.indicator,
        at: cellOf(f, "value"),
      };
    }
  },
});
