/**
 * Look-alike operators (≧, =>, ＝, ＞＝ …) read fine to people but break sorting, filtering and import into
 * budget systems; the fix rewrites them the way the rest of the table writes operators. Only where the row
 * has a number: a bare "≧" with nothing after it is operator-without-number's, and no spelling fixes it.
 */
import { defineRule } from "../model/finding.js";
import { operatorAt } from "./utils/location.js";
import { lookalikeOperator, operatorEdit, spell } from "./utils/operator-text.js";

export default defineRule<"lookalike">({
  id: "operator-lookalike",
  meta: {
    name: { zh: "运算符号写法不规范", en: "Look-alike operator" },
    category: "operator",
    severity: "info",
    recommended: true,
    fixable: "safe",
    docs: {
      summary: {
        zh: "运算符号使用了形近字符（≧、=>、全角＝等），应统一为表内通用写法",
        en: "Look-alike operator characters (≧, =>, full-width ＝ …) should be written the table's usual way",
      },
    },
    messages: {
      lookalike: {
        zh: "“{indicator}”的运算符号“{operator}”是形近或全角字符，预算系统可能无法识别；请改为“{expected}”。",
        en: "“{indicator}” uses the look-alike operator “{operator}”, which budget systems may not read; write “{expected}”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      const raw = f.operatorRaw?.trim();
      const op = lookalikeOperator(raw);
      if (!raw || !op) continue;
      // Budget systems write ＝ next to ≥/≤: accepted in tables that use the math signs.
      if (raw === "＝" && facts.operatorStyle === "math") continue;
      const expected = spell(op, facts.operatorStyle);
      const edit = f.number !== null || f.range !== null ? operatorEdit(f, expected) : null;
      yield {
        messageId: "lookalike",
        data: { indicator: f.indicator.name, operator: raw, expected },
        indicator: f.indicator,
        at: operatorAt(f),
        ...(edit ? { fix: { kind: f.number !== null ? ("safe" as const) : ("suggestion" as const), edits: [edit] } } : {}),
      };
    }
  },
});
