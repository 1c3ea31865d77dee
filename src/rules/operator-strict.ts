/**
 * A strict ">" or "<" makes the stated number itself fail: "> 855 个" is not met by the 855 the goal
 * promises. Real tables mean "≥" / "≤" (">92%" is seen where "≥92%" was meant).
 */
import { defineRule } from "../model/finding.js";
import { amountText, operatorAt, shown } from "./utils/location.js";
import { operatorEdit, respell } from "./utils/operator-text.js";

export default defineRule<"strict">({
  id: "operator-strict",
  meta: {
    name: { zh: "使用了严格大于/小于", en: "Strict operator" },
    category: "operator",
    severity: "info",
    recommended: true,
    fixable: "suggestion",
    docs: {
      summary: {
        zh: "使用了严格的“>”或“<”，目标值本身不算达标，通常应为“>=”或“<=”",
        en: "A strict \">\" or \"<\" makes the target value itself fail; \">=\" or \"<=\" is usually meant",
      },
    },
    messages: {
      strict: {
        zh: "“{indicator}”写成“{value}”：恰好达到 {target} 不算完成；如无特殊要求，请改为“{expected}”。",
        en: "“{indicator}” is written “{value}”: reaching exactly {target} would fail; unless intended, write “{expected}”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if ((f.operator !== ">" && f.operator !== "<") || f.number === null) continue;
      // Pointing the wrong way is operator-direction's finding; "> 100 %" on a rate is rate-at-least-100's.
      if ((f.operator === "<" && f.direction === "higher") || (f.operator === ">" && f.direction === "lower")) continue;
      if (f.operator === ">" && f.number === 100 && f.percent) continue;
      const to = f.operator === ">" ? ">=" : "<=";
      const expected = respell(f.operatorRaw ?? f.operator, to);
      const edit = operatorEdit(f, expected);
      yield {
        messageId: "strict",
        data: { indicator: f.indicator.name, value: shown(f), target: amountText(f), expected },
        indicator: f.indicator,
        at: operatorAt(f),
        ...(edit ? { fix: { kind: "suggestion" as const, edits: [edit] } } : {}),
      };
    }
  },
});
