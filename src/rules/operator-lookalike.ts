/**
 * Look-alike operators (≧, =>, ＝, ＞＝ …) read fine to people but break sorting, filtering and
 * import into budget systems; the fix rewrites them the way the rest of the table writes operators.
 */
import { defineRule } from "../model/finding.js";
import { at, lookalikeOperator, operatorCell, operatorEdit, operatorStyle, spell } from "./utils/operator-text.js";

export default defineRule<"lookalike">({
  id: "operator-lookalike",
  meta: {
    category: "operator",
    severity: "info",
    recommended: true,
    fixable: "safe",
    docs: {
      name: { zh: "运算符号用了形近字符", en: "Look-alike operator" },
      summary: {
        zh: "运算符号使用了形近字符（≧、=>、全角＝等），应统一为表内通用写法",
        en: "Look-alike operator characters (≧, =>, full-width ＝ …) should be written the table's usual way",
      },
    },
    messages: {
      lookalike: {
        zh: "“{indicator}”的运算符号“{operator}”是形近或全角字符，建议改为“{expected}”",
        en: "\"{indicator}\" uses the look-alike operator \"{operator}\"; write \"{expected}\"",
      },
    },
  },
  *check(table) {
    const style = operatorStyle(table);
    for (const i of table.indicators) {
      const raw = i.operatorRaw?.trim();
      const op = lookalikeOperator(raw);
      if (!raw || !op) continue;
      // Budget systems write ＝ next to ≥/≤ (domain-rules S45): accepted in tables that use the math signs.
      if (raw === "＝" && style === "math") continue;
      const expected = spell(op, style);
      const edit = operatorEdit(i, expected);
      yield {
        messageId: "lookalike",
        data: { indicator: i.name, operator: raw, expected },
        indicator: i,
        at: at(i, operatorCell(i)),
        ...(edit ? { fix: { kind: "safe" as const, edits: [edit] } } : {}),
      };
    }
  },
});
