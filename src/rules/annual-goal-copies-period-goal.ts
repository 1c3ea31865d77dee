import { defineRule } from "../model/finding.js";
import { normalizeName } from "./utils/text.js";

const PERIOD = /实施期|中期|长期|总体|实施周期|总目标/u;

/**
 * The 年度目标 of a multi-year project copied word for word from the 实施期 / 中期 goal: the year's
 * share is not stated. One-year projects are left alone: for them the two goals are the same.
 */
export default defineRule({
  id: "annual-goal-copies-period-goal",
  meta: {
    name: { zh: "年度目标照抄实施期目标", en: "Annual goal copies the period goal" },
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "年度目标与实施期（中期）目标一字不差，没有写明本年度要完成的部分。",
        en: "The annual goal repeats the implementation-period (mid-term) goal word for word; this year's share is not stated.",
      },
    },
    messages: {
      copied: {
        zh: "“{annual}”与“{period}”的内容完全相同；跨年度项目的年度目标应只写本年度要完成的部分，请改写年度目标。",
        en: "“{annual}” is the same text as “{period}”; for a multi-year project the annual goal should state this year's share — rewrite it.",
      },
    },
  },
  *check(_table, { facts }) {
    // Only a multi-year project needs a separate annual share.
    const p = facts.period;
    if (!p || !p.start || p.start.year === p.end.year) return;
    const goals = facts.goals.filter((g) => normalizeName(g.text).length >= 4);
    const periods = goals.filter((g) => PERIOD.test(g.label));
    for (const annual of goals.filter((g) => /年度|当年/u.test(g.label) && !PERIOD.test(g.label))) {
      const period = periods.find((x) => normalizeName(x.text) === normalizeName(annual.text));
      if (period) yield { messageId: "copied", data: { annual: annual.label, period: period.label }, indicator: null, at: annual.at };
    }
  },
});
