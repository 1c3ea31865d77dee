/**
 * A quantitative target needs an operator: "95 %" alone does not say whether 94 % fails or 96 % fails.
 * Also reports operators pbm cannot read at all (look-alikes have their own rule).
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import { at, lookalikeOperator, num, operatorCell } from "./utils/operator-text.js";

export default defineRule<"missingOperator" | "unknownOperator">({
  id: "operator-missing",
  meta: {
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
        zh: "“{indicator}”的指标值 {value} 是数字，但没有运算符号；请填写“>=”“<=”或“=”",
        en: "\"{indicator}\" has the numeric target {value} but no operator; fill in \">=\", \"<=\" or \"=\"",
      },
      unknownOperator: {
        zh: "“{indicator}”的运算符号“{operator}”无法识别；请使用“>=”“<=”“=”“>”“<”之一",
        en: "\"{indicator}\" has an operator \"{operator}\" that cannot be read; use one of \">=\", \"<=\", \"=\", \">\", \"<\"",
      },
    },
  },
  *check(table): Generator<FindingDraft<"missingOperator" | "unknownOperator">> {
    for (const i of table.indicators) {
      if (i.operator) continue;
      const raw = i.operatorRaw?.trim();
      if (raw) {
        if (lookalikeOperator(raw)) continue;
        yield { messageId: "unknownOperator", data: { indicator: i.name, operator: raw }, indicator: i, at: at(i, operatorCell(i)) };
      } else if (num(i) !== null) {
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
