/**
 * A quantitative target needs an operator: "95 %" alone does not say whether 94 % fails or 96 % fails. A
 * table without any operator at all gets one table-level finding instead of one per row, except where a
 * row's name carries the template's operator (苗木成活率(≥**%) with the value 85). "100 %" alone is
 * reported gently: it can only mean "= 100 %", but the table should say so. Operators pbm cannot read
 * are reported too (look-alikes have their own rule).
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import type { IndicatorFacts } from "../model/semantic.js";
import { amountText, cellOf, operatorAt } from "./utils/location.js";

type Id = "missingOperator" | "fullWithoutOperator" | "operatorInName" | "unknownOperator" | "noOperators";

const bare = (f: IndicatorFacts) =>
  f.operator === null && f.operatorUnreadable === null && f.number !== null && f.nature !== "qualitative" &&
  // A fixed standard the header quotes (每生每年780元 → 780 元/生/年) needs no operator.
  !(f.measure === "unit-cost" && f.quoted) &&
  // A percentage on a name that is no rate has no meaning to bound (percent-without-rate says so).
  !(f.percent && !f.rateName && !f.impliesRate && !f.cost);
/** 0 reads the same whatever the operator ("= 0 次"). */
const zero = (f: IndicatorFacts) => f.number === 0;
const fullRate = (f: IndicatorFacts) => f.number === 100 && f.percent;

export default defineRule<Id>({
  id: "operator-missing",
  meta: {
    name: { zh: "缺少运算符号", en: "No operator" },
    category: "operator",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "定量指标缺少运算符号（>=、<=、=），或运算符号无法识别",
        en: "A quantitative target has no operator (>=, <=, =), or one that cannot be read",
      },
    },
    messages: {
      missingOperator: {
        zh: "“{indicator}”的指标值 {value} 是数字，但没有运算符号，无法判断是下限、上限还是确定值；请填写“>=”“<=”或“=”。",
        en: "“{indicator}” has the numeric target {value} but no operator, so it is unclear whether it is a floor, a cap or an exact value; fill in “>=”, “<=” or “=”.",
      },
      fullWithoutOperator: {
        zh: "“{indicator}”的指标值 {value} 没有运算符号；100% 只能是“= 100%”，请写明“=”。",
        en: "“{indicator}” has the target {value} without an operator; 100 % can only mean “= 100 %” — write the “=”.",
      },
      operatorInName: {
        zh: "“{indicator}”的名称里写着模板的运算符号“{operator}”，指标值 {value} 却没有运算符号；请把运算符号写进运算符号栏或指标值，并删去名称中的模板说明。",
        en: "The name “{indicator}” carries the template's operator “{operator}” while the target {value} has none; put the operator with the target and remove the template note from the name.",
      },
      unknownOperator: {
        zh: "“{indicator}”的运算符号“{operator}”无法识别；请使用“>=”“<=”“=”“>”“<”之一。",
        en: "“{indicator}” has an operator “{operator}” that cannot be read; use one of “>=”, “<=”, “=”, “>”, “<”.",
      },
      noOperators: {
        zh: "本表 {count} 个定量指标都没有运算符号，无法判断每个目标是下限、上限还是确定值；请为每个指标填写“>=”“<=”或“=”。",
        en: "None of the {count} quantitative targets in this table has an operator, so it is unclear whether each is a floor, a cap or an exact value; add an operator to each.",
      },
    },
  },
  *check(_table, { facts }): Generator<FindingDraft<Id>> {
    const rows = facts.indicators;
    const inName = (f: IndicatorFacts) => bare(f) && f.nameOperator !== null;
    for (const f of rows) {
      if (inName(f)) {
        yield { messageId: "operatorInName", data: { indicator: f.indicator.name, operator: f.nameOperator!, value: amountText(f) }, indicator: f.indicator, at: cellOf(f, f.indicator.cells.operator ? "operator" : "value") };
      }
    }
    // Satisfaction "100 %" alone: satisfaction-target asks for a realistic 85–95 %, so "write the =" would be
    // the wrong advice.
    const plain = rows.filter((f) => bare(f) && !inName(f) && !zero(f) && !(f.measure === "satisfaction" && fullRate(f)));
    const anyOperator = rows.some((f) => f.operator !== null);
    const numbered = plain.filter((f) => !fullRate(f));
    if (!anyOperator && numbered.length > 1) {
      const first = numbered[0];
      yield { messageId: "noOperators", data: { count: plain.length }, indicator: null, at: cellOf(first, first.indicator.cells.operator ? "operator" : "value") };
      return;
    }
    for (const f of rows) {
      if (f.operatorUnreadable) {
        yield { messageId: "unknownOperator", data: { indicator: f.indicator.name, operator: f.operatorUnreadable }, indicator: f.indicator, at: operatorAt(f) };
      } else if (plain.includes(f)) {
        yield {
          messageId: fullRate(f) ? "fullWithoutOperator" : "missingOperator",
          data: { indicator: f.indicator.name, value: amountText(f) },
          indicator: f.indicator,
          at: cellOf(f, f.indicator.cells.operator ? "operator" : "value"),
        };
      }
    }
  },
});
