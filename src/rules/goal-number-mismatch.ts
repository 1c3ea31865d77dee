import { defineRule } from "../model/finding.js";
import type { Operator } from "../model/records.js";
import type { IndicatorFacts } from "../model/semantic.js";
import { numbersInText } from "../grammar/index.js";
import { cellOf, shown } from "./utils/location.js";
import { longestCommonSubstring, normalizeName } from "./utils/text.js";

const COUNTED = new Set(["people", "household", "count", "place", "area", "length", "volume", "weight", "energy"]);
const QUALIFIER_BEFORE = /(不少于|不低于|不超过|不高于|至少|超过|多于|少于|低于|高于|约|近|逾|达|达到|累计)\s*$/u;
const QUALIFIER_AFTER = /^\s*(以上|以下|以内|左右|余|多|及以上)/u;

function holds(n: number, op: Operator, target: number): boolean {
  switch (op) {
    case ">=": return n >= target;
    case "<=": return n <= target;
    case ">": return n > target;
    case "<": return n < target;
    case "=": return Math.abs(n - target) < 1e-9 * Math.max(1, Math.abs(n));
  }
}

/**
 * A count the goal text states exactly ("855 个老旧小区") that an indicator's target rules out
 * (改造小区数 > 855). Counts with a qualifier (不少于 855 个, 855 个以上) are bounds and not compared;
 * 8 万亩 in the goal and 80000 亩 in the row are the same amount.
 */
export default defineRule({
  id: "goal-number-mismatch",
  meta: {
    name: { zh: "目标数量与指标矛盾", en: "Goal count contradicts a target" },
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "目标文本中写明的数量（如“855 个老旧小区”）与对应指标的目标值矛盾（如“改造小区数 > 855 个”）。",
        en: "A count stated in the goal text (855 个老旧小区) contradicts the matching indicator's target (改造小区数 > 855 个).",
      },
    },
    messages: {
      contradicts: {
        zh: "{label}写明“{goalText}”，但指标“{name}”的目标是“{target}”，二者矛盾；请让指标与目标文本一致。",
        en: "{label} states “{goalText}”, but indicator “{name}” targets “{target}”; make the two agree.",
      },
    },
  },
  *check(_table, { facts }) {
    const reported = new Set<IndicatorFacts>();
    // Most goals hold no counted number: the indicators' names are prepared for the first that does.
    let names: Map<IndicatorFacts, string> | null = null;
    for (const goal of facts.annualGoals) {
      const text = goal.text.normalize("NFKC");
      for (const m of numbersInText(text)) {
        const u = m.unitInfo;
        if (!u || !COUNTED.has(u.family) || u.per.length) continue;
        if (QUALIFIER_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
        if (QUALIFIER_AFTER.test(text.slice(m.end))) continue;
        // What is counted: the words after the number (855 个老旧小区) or before it (培训 2 万人次).
        const after = normalizeName(/^[^，。；、,;：:（(]*/u.exec(text.slice(m.end))![0]).slice(0, 12);
        const before = normalizeName(/[^，。；、,;：:）)]*$/u.exec(text.slice(0, m.start))![0]).slice(-12);
        const context = `${before}|${after}`;
        const goalValue = m.value * u.scale;
        names ??= new Map(facts.indicators.map((f) => [f, normalizeName(f.core)]));
        for (const f of facts.indicators) {
          const fu = f.unit?.info;
          if (reported.has(f) || f.number === null || !f.operator || !fu || fu.family !== u.family || fu.counter !== u.counter || fu.per.length) continue;
          const target = f.number * fu.scale;
          const overlap = longestCommonSubstring(names.get(f)!, context).length;
          if (overlap < (Math.abs(goalValue - target) < 1e-9 ? 2 : 3)) continue;
          if (holds(goalValue, f.operator, target)) continue;
          reported.add(f);
          yield {
            messageId: "contradicts",
            data: { label: goal.label, goalText: after ? text.slice(m.start, m.end) + after.slice(0, 8) : before.slice(-8) + text.slice(m.start, m.end), name: f.indicator.name, target: shown(f) },
            indicator: f.indicator,
            at: cellOf(f, Math.abs(goalValue - target) < 1e-9 ? "operator" : "value"),
          };
        }
      }
    }
  },
});
