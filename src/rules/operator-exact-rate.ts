/**
 * "= 99 %" on a rate where more is better (满意度, 及时率, 完成率, 合格率) makes 100 % fail: the target is a
 * floor written as an exact value. "= 100 %" is exact by nature and is left alone.
 */
import { defineRule } from "../model/finding.js";
import { operatorAt, shown } from "./utils/location.js";
import { operatorEdit, respell } from "./utils/operator-text.js";

export default defineRule<"exact">({
  id: "operator-exact-rate",
  meta: {
    name: { zh: "比率目标写成“=”", en: "Rate target written with “=”" },
    category: "operator",
    severity: "warning",
    recommended: true,
    fixable: "suggestion",
    docs: {
      summary: {
        zh: "越高越好的比率（满意度、及时率、完成率等）写成“= 99%”这样的确定值，做到 100% 反而不达标。",
        en: "A rate where more is better (satisfaction, timeliness, completion) written as an exact value (= 99 %): 100 % would fail.",
      },
    },
    messages: {
      exact: {
        zh: "“{indicator}”写成“{value}”：这类比率越高越好，写成“=”后做到 100% 反而不达标；请改为“>=”。",
        en: "“{indicator}” is written “{value}”: more is better for this rate, and with “=” even 100 % would fail; write “>=”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (f.operator !== "=" || f.number === null || f.number >= 100 || f.number <= 0 || !f.percent || f.direction !== "higher") continue;
      if (f.measure !== "rate" && f.measure !== "satisfaction") continue;
      const edit = operatorEdit(f, respell(f.operatorRaw ?? "=", ">="));
      yield { messageId: "exact", data: { indicator: f.indicator.name, value: shown(f) }, indicator: f.indicator, at: operatorAt(f), ...(edit ? { fix: { kind: "suggestion" as const, edits: [edit] } } : {}) };
    }
  },
});
