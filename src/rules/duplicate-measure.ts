import { defineRule } from "../model/finding.js";
import type { Indicator } from "../model/records.js";
import { indicatorCell } from "./utils/location.js";
import { describeTarget, normalizeName, sameUnit } from "./utils/text.js";

/** The measure an indicator counts, with 数 / 数量 / 个数 folded together (奖励企业数 = 奖励企业数量). */
export function measureKey(name: string): string {
  return normalizeName(name).replace(/(的)?(数量|个数|总数|数目|数)$/u, "");
}

/** Two indicators that measure the same thing with different targets or units. */
export default defineRule({
  id: "duplicate-measure",
  meta: {
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "同一事项目标不一致", en: "Same measure, different targets" },
      summary: {
        zh: "两个指标衡量的是同一件事（如“奖励企业数”和“奖励企业数量”），却给出不同的目标值或单位。",
        en: "Two indicators measure the same thing (奖励企业数 and 奖励企业数量) with different targets or units.",
      },
    },
    messages: {
      conflict: {
        zh: "指标“{name}”（{target}）与指标“{other}”（{otherTarget}）衡量的是同一事项，目标值或单位却不一致。",
        en: "Indicator “{name}” ({target}) and “{other}” ({otherTarget}) measure the same thing with different targets or units.",
      },
    },
  },
  *check(table) {
    const seen = new Map<string, Indicator>();
    for (const ind of table.indicators) {
      const key = measureKey(ind.name);
      if (key.length < 2) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, ind);
        continue;
      }
      // The same name twice is duplicate-indicator's (structure) finding; this rule is for two names.
      if (normalizeName(first.name) === normalizeName(ind.name)) continue;
      const same =
        String(first.value ?? "") === String(ind.value ?? "") && sameUnit(first.unit, ind.unit) && (first.operator ?? "") === (ind.operator ?? "");
      if (same) continue;
      yield {
        messageId: "conflict",
        data: { name: ind.name, target: describeTarget(ind), other: first.name, otherTarget: describeTarget(first) },
        indicator: ind,
        at: indicatorCell(ind, "value"),
      };
    }
  },
});
