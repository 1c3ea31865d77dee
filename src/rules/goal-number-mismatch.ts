import { defineRule } from "../model/finding.js";
import type { Indicator, Operator } from "../model/records.js";
import { annualGoalFields, indicatorCell } from "./utils/location.js";
import { isMoneyUnit } from "./utils/money.js";
import { describeTarget, longestCommonSubstring, normalizeName, numbersInText } from "./utils/text.js";

const NOT_COUNTS = new Set(["年", "月", "日", "天", "小时", "%", "‰", "百分点", "个百分点"]);
const QUALIFIER_BEFORE = /(不少于|不低于|不超过|不高于|至少|超过|多于|少于|低于|高于|约|近|逾|达|达到|累计)\s*$/u;
const QUALIFIER_AFTER = /^\s*(以上|以下|以内|左右|余|多|及以上)/u;

/** 2 万人次 → 20000 人次, so a goal in 万 compares with an indicator in units. */
function scaled(value: number, unit: string | null): { value: number; unit: string } | null {
  if (!unit) return null;
  const u = unit.normalize("NFKC").trim();
  const m = /^(十万|百万|万|千|亿)(.+)$/u.exec(u);
  if (!m) return { value, unit: u };
  const factor = { 十万: 1e5, 百万: 1e6, 万: 1e4, 千: 1e3, 亿: 1e8 }[m[1]]!;
  return { value: Math.round(value * factor * 1e6) / 1e6, unit: m[2] };
}

function holds(n: number, op: Operator, target: number): boolean {
  switch (op) {
    case ">=": return n >= target;
    case "<=": return n <= target;
    case ">": return n > target;
    case "<": return n < target;
    case "=": return n === target;
  }
}

/**
 * A count the goal text states exactly ("855 个老旧小区") that an indicator's target rules out
 * (改造小区数 > 855). Counts with a qualifier (不少于 855 个, 855 个以上) are bounds and not compared.
 */
export default defineRule({
  id: "goal-number-mismatch",
  meta: {
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "目标数量与指标矛盾", en: "Goal number contradicts an indicator" },
      summary: {
        zh: "目标文本中写明的数量（如“855 个老旧小区”）与对应指标的目标值矛盾（如“改造小区数 > 855 个”）。",
        en: "A count stated in the goal text (855 个老旧小区) contradicts the matching indicator's target (改造小区数 > 855 个).",
      },
    },
    messages: {
      contradicts: {
        zh: "{label}写明“{goalText}”，但指标“{name}”的目标是“{target}”，二者矛盾。",
        en: "{label} states “{goalText}”, but indicator “{name}” targets “{target}”; the two contradict each other.",
      },
    },
  },
  *check(table) {
    const reported = new Set<Indicator>();
    const names = new Map(table.indicators.map((i) => [i, normalizeName(i.name)]));
    for (const goal of annualGoalFields(table)) {
      const text = goal.text.normalize("NFKC");
      for (const m of numbersInText(text)) {
        if (!m.unit || NOT_COUNTS.has(m.unit) || isMoneyUnit(m.unit)) continue;
        if (QUALIFIER_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
        if (QUALIFIER_AFTER.test(text.slice(m.end))) continue;
        // What is counted: the words after the number (855 个老旧小区) or before it (培训 2 万人次).
        const after = normalizeName(/^[^，。；、,;：:（(]*/u.exec(text.slice(m.end))![0]).slice(0, 12);
        const before = normalizeName(/[^，。；、,;：:）)]*$/u.exec(text.slice(0, m.start))![0]).slice(-12);
        const context = `${before}|${after}`;
        for (const ind of table.indicators) {
          if (reported.has(ind) || typeof ind.value !== "number" || !ind.operator) continue;
          const a = scaled(m.value, m.unit);
          const b = scaled(ind.value, ind.unit);
          if (!a || !b || a.unit !== b.unit) continue;
          const overlap = longestCommonSubstring(names.get(ind)!, context).length;
          if (overlap < (a.value === b.value ? 2 : 3)) continue;
          if (holds(a.value, ind.operator, b.value)) continue;
          reported.add(ind);
          yield {
            messageId: "contradicts",
            data: { label: goal.label, goalText: after ? text.slice(m.start, m.end) + after.slice(0, 8) : before.slice(-8) + text.slice(m.start, m.end), name: ind.name, target: describeTarget(ind) },
            indicator: ind,
            at: indicatorCell(ind, a.value === b.value ? "operator" : "value"),
          };
        }
      }
    }
  },
});
