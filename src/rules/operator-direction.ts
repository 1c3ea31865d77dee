/**
 * Operators that point the wrong way: an upper bound (<=, <) on something that should grow
 * (satisfaction, timeliness, completion and coverage rates, output and benefit counts), or a lower bound
 * (>=, >) on something that should shrink (costs, bad outcomes, time limits), or on the whole budget.
 * Quiet where the semantic layer cannot tell the direction (a count that may be a cap, a cost-control
 * rate, a share).
 */
import type { Fix } from "../model/finding.js";
import { defineRule } from "../model/finding.js";
import type { IndicatorFacts } from "../model/semantic.js";
import { operatorAt, shown } from "./utils/location.js";
import { operatorEdit, respell } from "./utils/operator-text.js";

type Id =
  | "capOnSatisfaction"
  | "capOnTimeliness"
  | "capOnCompletion"
  | "capOnOutputCount"
  | "capOnBenefitCount"
  | "floorOnCost"
  | "floorOnBadOutcome"
  | "floorOnTimeLimit"
  | "floorOnBudget";

function higherId(f: IndicatorFacts): Id {
  if (f.measure === "satisfaction") return "capOnSatisfaction";
  if (f.rate === "timeliness") return "capOnTimeliness";
  if (f.measure === "rate") return "capOnCompletion";
  return f.block.level1 === "benefit" ? "capOnBenefitCount" : "capOnOutputCount";
}

function lowerId(f: IndicatorFacts): Id {
  if (f.badOutcome) return "floorOnBadOutcome";
  if (f.measure === "duration") return "floorOnTimeLimit";
  return "floorOnCost";
}

const COST_LEVELS = new Set(["cost", "economicCost", "socialCost", "ecoCost"]);

/**
 * A subsidy or pay standard filed under 数量/质量/效益 rather than 成本 (人均财政补助标准 ≥ 640 元/人·年,
 * 生均公用经费补助标准 ≥ 650 元): a statutory minimum the money must reach, where ">=" is right. Under
 * 成本指标 the same name is a cost ceiling and keeps the finding, unless it says it is a minimum (最低标准).
 */
function minimumStandard(f: IndicatorFacts): boolean {
  // A minimum by its name (基础养老金最低标准, 保底标准) is a floor wherever it is filed.
  if (/最低|保底|不低于/u.test(f.core) && /标准/u.test(f.core)) return true;
  const level2 = f.block.level2;
  if (level2 === null || COST_LEVELS.has(level2) || f.block.level1 === "cost") return false;
  return /标准/u.test(f.core) && !/成本|单价|造价/u.test(f.core);
}

function fixFor(f: IndicatorFacts, higher: boolean): Fix | undefined {
  // Only a number has one right reading; a text or a bare operator does not.
  if (f.number === null) return undefined;
  const raw = f.operatorRaw ?? f.operator ?? "";
  if (higher) {
    // Only "<=" has one right reading; "<" may have meant ">" or ">=".
    if (f.operator !== "<=") return undefined;
    // Satisfaction "<= 100 %" flipped is ">= 100 %", unrealistic in turn: the target is a judgement call,
    // so only a suggestion, with the customary 90 %.
    if (f.measure === "satisfaction" && f.number >= 100) return satisfactionSuggestion(f, raw);
    // "<= 100 %" on a completion or timeliness rate meant the full 100 %: "= 100 %" (">= 100 %" is degenerate).
    const to = f.measure === "rate" && f.percent && f.number === 100 ? "=" : ">=";
    const edit = operatorEdit(f, respell(raw, to));
    if (!edit) return undefined;
    // An output count may have meant ">=" or "=" (a fixed number of things delivered): two plausible fixes, so
    // only a suggestion. Satisfaction, rates and benefit counts have one.
    const oneAnswer = f.measure === "satisfaction" || f.measure === "rate" || f.block.level1 === "benefit";
    return { kind: oneAnswer ? "safe" : "suggestion", edits: [edit] };
  }
  if (f.operator !== ">=") return undefined;
  const edit = operatorEdit(f, respell(raw, "<="));
  return edit ? { kind: "suggestion", edits: [edit] } : undefined;
}

function satisfactionSuggestion(f: IndicatorFacts, raw: string): Fix | undefined {
  const i = f.indicator;
  const to = respell(raw, ">=");
  if (f.operatorIn === "value" && i.valueRaw && i.cells.value) {
    const edit = { sheet: i.location.sheet, cell: i.cells.value, from: i.valueRaw, to: i.valueRaw.replace(raw, to).replace(/100(?=\s*[%％]?\s*$)/u, "90") };
    return edit.from !== edit.to ? { kind: "suggestion", edits: [edit] } : undefined;
  }
  const op = operatorEdit(f, to);
  if (!op || !i.cells.value || !i.valueRaw || !/100/.test(i.valueRaw)) return undefined;
  return { kind: "suggestion", edits: [op, { sheet: i.location.sheet, cell: i.cells.value, from: i.valueRaw, to: i.valueRaw.replace(/100/, "90") }] };
}

export default defineRule<Id>({
  id: "operator-direction",
  meta: {
    name: { zh: "运算符号方向错误", en: "Operator points the wrong way" },
    category: "operator",
    severity: "error",
    recommended: true,
    fixable: "safe",
    docs: {
      summary: {
        zh: "运算符号方向错误：满意度、及时率、完成率、产出数量用了“<=”，或成本、事故数、逾期率用了“>=”",
        en: "Operator points the wrong way: <= on satisfaction, timeliness, completion or output counts; >= on costs and bad outcomes",
      },
    },
    messages: {
      capOnSatisfaction: {
        zh: "满意度“{indicator}”写成“{value}”，成了上限；满意度越高越好，请改用“>=”。",
        en: "Satisfaction “{indicator}” is written “{value}”, an upper bound; satisfaction should be at least a value: use “>=”.",
      },
      capOnTimeliness: {
        zh: "时效指标“{indicator}”写成“{value}”，成了上限；及时性越高越好，请改用“>=”或“=”。",
        en: "Timeliness “{indicator}” is written “{value}”, an upper bound; use “>=” or “=”.",
      },
      capOnCompletion: {
        zh: "“{indicator}”是完成、合格或覆盖类比率，写成“{value}”成了上限；请改用“>=”或“=”。",
        en: "“{indicator}” is a completion, pass or coverage rate written “{value}”, an upper bound; use “>=” or “=”.",
      },
      capOnOutputCount: {
        zh: "产出数量“{indicator}”写成“{value}”，成了上限（做得越少越达标）；请改用“>=”或“=”。",
        en: "Output quantity “{indicator}” is written “{value}”, an upper bound (doing less would meet it); use “>=” or “=”.",
      },
      capOnBenefitCount: {
        zh: "效益指标“{indicator}”写成“{value}”，成了上限（受益越少越达标）；请改用“>=”。",
        en: "Benefit “{indicator}” is written “{value}”, an upper bound (less benefit would meet it); use “>=”.",
      },
      floorOnCost: {
        zh: "成本指标“{indicator}”写成“{value}”，成了下限（花得越多越达标）；成本请改用“<=”。",
        en: "Cost “{indicator}” is written “{value}”, a floor (spending more would meet it); costs take “<=”.",
      },
      floorOnBadOutcome: {
        zh: "“{indicator}”越低越好（逾期、事故、投诉等），却写成“{value}”，成了下限；请改用“<=”或“=”。",
        en: "“{indicator}” is a bad outcome (overdue, accidents, complaints) written “{value}”, a floor; use “<=” or “=”.",
      },
      floorOnTimeLimit: {
        zh: "“{indicator}”是时限，越短越好，却写成“{value}”，成了下限；请改用“<=”。",
        en: "“{indicator}” is a time limit (shorter is better) written “{value}”, a floor; use “<=”.",
      },
      floorOnBudget: {
        zh: "“{indicator}”写成“{value}”，要求至少花到全部预算 {budget}；资金不能超过预算，请改用“=”或“<=”。",
        en: "“{indicator}” is written “{value}”, requiring at least the whole budget of {budget} to be spent; money cannot exceed the budget — use “=” or “<=”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (!f.operator || (f.number === null && f.range === null)) continue;
      let messageId: Id | null = null;
      let fix: Fix | undefined;
      let budget: string | undefined;
      if ((f.operator === "<=" || f.operator === "<") && f.direction === "higher") {
        messageId = higherId(f);
        fix = fixFor(f, true);
      } else if ((f.operator === ">=" || f.operator === ">") && f.direction === "lower" && !minimumStandard(f)) {
        messageId = lowerId(f);
        fix = fixFor(f, false);
      } else if ((f.operator === ">=" || f.operator === ">") && f.direction === "unknown" && f.money && !f.cost && facts.budget && f.number !== null && f.unit?.info) {
        // The whole budget as a floor on what is paid out. Far larger sums (loans guaranteed, investment
        // leveraged) are other money and are left alone.
        const yuan = f.number * f.unit.info.scale;
        if ((f.unit.info.family === "money" && f.unit.info.per.length === 0) || f.unit.info.family === "magnitude") {
          if (Math.abs(yuan - facts.budget.yuan) <= facts.budget.yuan * 0.001) {
            messageId = "floorOnBudget";
            budget = facts.budget.text;
          }
        }
      }
      if (!messageId) continue;
      const data: Record<string, string> = { indicator: f.indicator.name, value: shown(f) };
      if (budget !== undefined) data.budget = budget;
      yield { messageId, data, indicator: f.indicator, at: operatorAt(f), ...(fix ? { fix } : {}) };
    }
  },
});
