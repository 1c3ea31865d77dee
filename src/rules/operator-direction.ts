/**
 * Operators that point the wrong way: an upper bound (<=, <) on something that should grow
 * (satisfaction, timeliness, completion and coverage rates, output and benefit counts), or a
 * lower bound (>=, >) on something that should shrink (costs, bad outcomes).
 * Kept quiet on the right uses of <=: cost amounts, fee rates to be lowered, cost-control rates.
 */
import type { Fix } from "../model/finding.js";
import { defineRule } from "../model/finding.js";
import type { Indicator } from "../model/records.js";
import {
  isBadOutcome,
  isCompletionOrCoverage,
  isNegative,
  isOutputCount,
  isPercent,
  isPositive,
  isRate,
  isSatisfaction,
  isTimeliness,
} from "./utils/indicator-kind.js";
import { at, num, operatorCell, operatorEdit, respell, shown } from "./utils/operator-text.js";

type Id =
  | "capOnSatisfaction"
  | "capOnTimeliness"
  | "capOnCompletion"
  | "capOnOutputCount"
  | "capOnBenefitCount"
  | "floorOnCost"
  | "floorOnBadOutcome";

function positiveId(i: Indicator): Id {
  if (isSatisfaction(i)) return "capOnSatisfaction";
  if (isTimeliness(i)) return "capOnTimeliness";
  if (isCompletionOrCoverage(i)) return "capOnCompletion";
  return isOutputCount(i) ? "capOnOutputCount" : "capOnBenefitCount";
}

function fixFor(i: Indicator, positive: boolean): Fix | undefined {
  const raw = i.operatorRaw ?? i.operator ?? "";
  const v = num(i);
  if (positive) {
    // Only "<=" has one right reading; "<" may have meant ">" or ">=".
    if (i.operator !== "<=") return undefined;
    // Satisfaction "<= 100 %" flipped is ">= 100 %", unrealistic in turn (satisfaction-target): the target is a
    // judgement call, so only a suggestion, with the customary 90 %.
    if (isSatisfaction(i) && v === null) return undefined;
    if (isSatisfaction(i) && v !== null && v >= 100) return satisfactionSuggestion(i, raw);
    // "<= 100 %" on a completion or timeliness rate meant the full 100 %: "= 100 %" (">= 100 %" is degenerate).
    const to = isRate(i) && isPercent(i) && v === 100 ? "=" : ">=";
    const edit = operatorEdit(i, respell(raw, to));
    return edit ? { kind: "safe", edits: [edit] } : undefined;
  }
  if (i.operator !== ">=") return undefined;
  const edit = operatorEdit(i, respell(raw, "<="));
  return edit ? { kind: "suggestion", edits: [edit] } : undefined;
}

function satisfactionSuggestion(i: Indicator, raw: string): Fix | undefined {
  const to = respell(raw, ">=");
  if (i.valueRaw && i.valueRaw.includes(raw) && i.cells.value) {
    const edit = { sheet: i.location.sheet, cell: i.cells.value, from: i.valueRaw, to: i.valueRaw.replace(raw, to).replace(/100(?=\s*[%％]?\s*$)/, "90") };
    return edit.from !== edit.to ? { kind: "suggestion", edits: [edit] } : undefined;
  }
  const op = operatorEdit(i, to);
  if (!op || !i.cells.value || !i.valueRaw || !/100/.test(i.valueRaw)) return undefined;
  return { kind: "suggestion", edits: [op, { sheet: i.location.sheet, cell: i.cells.value, from: i.valueRaw, to: i.valueRaw.replace(/100/, "90") }] };
}

export default defineRule<Id>({
  id: "operator-direction",
  meta: {
    category: "operator",
    severity: "error",
    recommended: true,
    fixable: "safe",
    docs: {
      name: { zh: "运算符号方向错误", en: "Operator in the wrong direction" },
      summary: {
        zh: "运算符号方向错误：满意度、及时率、完成率、产出数量用了“<=”，或成本、事故数、投诉率用了“>=”",
        en: "Operator points the wrong way: <= on satisfaction, timeliness, completion or output counts; >= on costs and bad outcomes",
      },
    },
    messages: {
      capOnSatisfaction: {
        zh: "满意度“{indicator}”写成“{value}”，成了上限；满意度越高越好，应使用“>=”",
        en: "satisfaction \"{indicator}\" is written \"{value}\", an upper bound; satisfaction should be at least a value: use \">=\"",
      },
      capOnTimeliness: {
        zh: "时效指标“{indicator}”写成“{value}”，成了上限；及时性越高越好，应使用“>=”或“=”",
        en: "timeliness \"{indicator}\" is written \"{value}\", an upper bound; use \">=\" or \"=\"",
      },
      capOnCompletion: {
        zh: "“{indicator}”是完成/到位/覆盖类比率，写成“{value}”成了上限，应使用“>=”或“=”",
        en: "\"{indicator}\" is a completion or coverage rate written \"{value}\", an upper bound; use \">=\" or \"=\"",
      },
      capOnOutputCount: {
        zh: "产出数量“{indicator}”写成“{value}”，成了上限（做得越少越达标）；应使用“>=”或“=”",
        en: "output quantity \"{indicator}\" is written \"{value}\", an upper bound (doing less would meet it); use \">=\" or \"=\"",
      },
      capOnBenefitCount: {
        zh: "效益指标“{indicator}”写成“{value}”，成了上限（受益越少越达标）；应使用“>=”",
        en: "benefit \"{indicator}\" is written \"{value}\", an upper bound (less benefit would meet it); use \">=\"",
      },
      floorOnCost: {
        zh: "成本指标“{indicator}”写成“{value}”，成了下限（花得越多越达标）；成本应使用“<=”",
        en: "cost \"{indicator}\" is written \"{value}\", a floor (spending more would meet it); costs take \"<=\"",
      },
      floorOnBadOutcome: {
        zh: "“{indicator}”越低越好（逾期、事故、投诉等），却写成“{value}”，成了下限；应使用“<=”或“=”",
        en: "\"{indicator}\" is a bad outcome (overdue, accidents, complaints) written \"{value}\", a floor; use \"<=\" or \"=\"",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if (!i.operator) continue;
      let messageId: Id | null = null;
      let fix: Fix | undefined;
      if ((i.operator === "<=" || i.operator === "<") && isPositive(i)) {
        messageId = positiveId(i);
        fix = fixFor(i, true);
      } else if ((i.operator === ">=" || i.operator === ">") && isNegative(i)) {
        messageId = isBadOutcome(i) ? "floorOnBadOutcome" : "floorOnCost";
        fix = fixFor(i, false);
      }
      if (!messageId) continue;
      yield {
        messageId,
        data: { indicator: i.name, value: shown(i) },
        indicator: i,
        at: at(i, operatorCell(i)),
        ...(fix ? { fix } : {}),
      };
    }
  },
});
