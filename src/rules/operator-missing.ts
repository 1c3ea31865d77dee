/**
 * A quantitative target needs an operator: "95 %" alone does not say whether 94 % fails or 96 % fails
 * (domain-rules §3.2, V-06). A table without any operator at all gets one table-level finding instead
 * of one per row. Operators pbm cannot read are reported too (look-alikes have their own rule).
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import type { Indicator } from "../model/records.js";
import { isPercent } from "./utils/indicator-kind.js";
import { at, lookalikeOperator, num, operatorCell } from "./utils/operator-text.js";

/** "定性" / "定量" in the operator column is the budget systems' code for "no operator" (domain-rules S45). */
const NO_OPERATOR_CODE = /^(定性|定量|无|—|－|-|\/|／)$/;

/** 100 % and 0 read the same whatever the operator: "= 100 %", "= 0 次". */
const unambiguous = (i: Indicator) => num(i) === 0 || (num(i) === 100 && isPercent(i));

export default defineRule<"missingOperator" | "unknownOperator" | "noOperators">({
  id: "operator-missing",
  meta: {
    category: "operator",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "缺少运算符号", en: "Operator missing" },
      summary: {
        zh: "定量指标缺少运算符号（>=、<=、=），或运算符号无法识别",
        en: "A quantitative target has no operator (>=, <=, =), or one that cannot be read",
      },
    },
    messages: {
      missingOperator: {
        zh: "“{indicator}”的指标值 {value} 是数字，但没有运算符号；请填写“>=”“<=”或“=”",
        en: "\"{indicator}\" has the numeric target {value} but no operator; fill in \">=\", \"<=\" or \"=\"",
      },
      unknownOperator: {
        zh: "“{indicator}”的运算符号“{operator}”无法识别；请使用“>=”“<=”“=”“>”“<”之一",
        en: "\"{indicator}\" has an operator \"{operator}\" that cannot be read; use one of \">=\", \"<=\", \"=\", \">\", \"<\"",
      },
      noOperators: {
        zh: "本表 {count} 个定量指标都没有运算符号，无法判断目标是下限、上限还是确定值；请增加运算符号",
        en: "none of the {count} quantitative targets in this table has an operator, so it is unclear whether each is a floor, a cap or an exact value; add operators",
      },
    },
  },
  *check(table): Generator<FindingDraft<"missingOperator" | "unknownOperator" | "noOperators">> {
    const bare = table.indicators.filter((i) => !i.operator && !i.operatorRaw?.trim() && num(i) !== null && !unambiguous(i));
    const anyOperator = table.indicators.some((i) => i.operatorRaw?.trim());
    if (!anyOperator && bare.length > 1) {
      const first = bare[0];
      yield { messageId: "noOperators", data: { count: bare.length }, indicator: null, at: at(first, first.cells.operator ?? first.cells.value ?? first.cells.name) };
      return;
    }
    for (const i of table.indicators) {
      if (i.operator) continue;
      const raw = i.operatorRaw?.trim();
      if (raw) {
        if (lookalikeOperator(raw) || NO_OPERATOR_CODE.test(raw)) continue;
        yield { messageId: "unknownOperator", data: { indicator: i.name, operator: raw }, indicator: i, at: at(i, operatorCell(i)) };
      } else if (num(i) !== null && !unambiguous(i)) {
        const value = `${i.value}${i.unit ? ` ${i.unit}` : ""}`;
        yield {
          messageId: "missingOperator",
          data: { indicator: i.name, value },
          indicator: i,
          at: at(i, i.cells.operator ?? i.cells.value ?? i.cells.name),
        };
      }
    }
  },
});
