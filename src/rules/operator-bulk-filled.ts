/**
 * A table whose every operator is "<=" (or "<") was almost certainly filled by copying one cell down the
 * column: outputs, satisfaction and costs cannot all be upper bounds. One table-level finding tells the
 * filer to review the whole column, including rows that happen to look right.
 */
import { defineRule } from "../model/finding.js";
import { operatorAt } from "./utils/location.js";

export default defineRule<"bulkFilled", { minRows: number }>({
  id: "operator-bulk-filled",
  meta: {
    name: { zh: "运算符号疑似批量填充", en: "Operators bulk-filled" },
    category: "operator",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "整列运算符号都是“<=”，疑似批量填充",
        en: "Every operator in the table is \"<=\": the column looks bulk-filled",
      },
    },
    options: (z) => z.object({ minRows: z.number().int().min(2).default(4) }),
    messages: {
      bulkFilled: {
        zh: "本表全部 {count} 个指标的运算符号都是“{operator}”，疑似整列批量填充；产出、效益、满意度指标不应是上限，请逐行核对运算符号。",
        en: "All {count} operators in this table are “{operator}”: the column looks bulk-filled; outputs, benefits and satisfaction are not upper bounds — check every row.",
      },
    },
  },
  *check(_table, ctx) {
    const withOp = ctx.facts.indicators.filter((f) => f.operator);
    if (withOp.length < ctx.options.minRows) return;
    const op = withOp[0].operator;
    if ((op !== "<=" && op !== "<") || !withOp.every((f) => f.operator === op)) return;
    const first = withOp[0];
    yield { messageId: "bulkFilled", data: { count: withOp.length, operator: first.operatorRaw?.trim() || op }, indicator: null, at: operatorAt(first) };
  },
});
