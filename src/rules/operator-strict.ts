/**
 * A strict ">" or "<" makes the stated number itself fail: "> 855 个" is not met by the 855 the goal
 * promises. Real tables use "≥" / "≤" (domain-rules §3.2, V-12: ">92%" seen where "≥92%" was meant).
 */
import { defineRule } from "../model/finding.js";
import { isNegative, isPercent, isPositive, isRateName } from "./utils/indicator-kind.js";
import { at, num, operatorCell, operatorEdit, respell, shown } from "./utils/operator-text.js";

export default defineRule<"strict">({
  id: "operator-strict",
  meta: {
    category: "operator",
    severity: "info",
    recommended: true,
    fixable: "suggestion",
    docs: {
      name: { zh: "使用严格大于/小于", en: "Strict > or <" },
      summary: {
        zh: "使用了严格的“>”或“<”，目标值本身不算达标，通常应为“>=”或“<=”",
        en: "A strict \">\" or \"<\" makes the target value itself fail; \">=\" or \"<=\" is usually meant",
      },
    },
    messages: {
      strict: {
        zh: "“{indicator}”写成“{value}”：恰好达到 {target} 不算完成；如无特殊要求，应为“{expected}”",
        en: "\"{indicator}\" is written \"{value}\": reaching exactly {target} would fail; unless intended, write \"{expected}\"",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      if ((i.operator !== ">" && i.operator !== "<") || i.value === null) continue;
      // Pointing the wrong way is operator-direction's finding; "> 100 %" on a rate is rate-at-least-100's.
      if ((i.operator === "<" && isPositive(i)) || (i.operator === ">" && isNegative(i))) continue;
      if (i.operator === ">" && num(i) === 100 && isPercent(i) && isRateName(i.name)) continue;
      const to = i.operator === ">" ? ">=" : "<=";
      const expected = respell(i.operatorRaw ?? i.operator, to);
      const edit = operatorEdit(i, expected);
      yield {
        messageId: "strict",
        data: { indicator: i.name, value: shown(i), target: `${i.value}${i.unit ? ` ${i.unit}` : ""}`, expected },
        indicator: i,
        at: at(i, operatorCell(i)),
        ...(edit ? { fix: { kind: "suggestion" as const, edits: [edit] } } : {}),
      };
    }
  },
});
