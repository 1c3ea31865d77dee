import { defineRule } from "../model/finding.js";
import { goalFields } from "./utils/location.js";
import { normalizeName, numbersInText } from "./utils/text.js";

const PERIOD = /实施期|中期|长期|总体/u;

/**
 * The 年度目标 of a multi-year project copied word for word from the 实施期 / 中期 goal: the
 * year's share is not stated (domain-rules T-06).
 */
export default defineRule({
  id: "annual-goal-copies-period-goal",
  meta: {
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "年度目标照抄中期目标", en: "Annual goal copies the period goal" },
      summary: {
        zh: "年度目标与实施期（中期）目标一字不差，没有写明本年度要完成的部分。",
        en: "The annual goal repeats the implementation-period (mid-term) goal word for word; this year's share is not stated.",
      },
    },
    messages: {
      copied: {
        zh: "“{annual}”与“{period}”的内容完全相同；年度目标应写明本年度要完成的部分。",
        en: "“{annual}” is the same text as “{period}”; the annual goal should state this year's share.",
      },
    },
  },
  *check(table) {
    // Only a multi-year project needs a separate annual share; for a one-year project the two are the same.
    const periodText = [...table.fields.filter((f) => /项目期|实施期|起止|周期/u.test(f.label)).map((f) => f.text), ...goalFields(table).map((g) => g.label)].join(" ");
    const years = numbersInText(periodText.replace(/(\d{4})\s*[.\-/]\s*\d{1,2}/gu, "$1年")).filter((n) => n.unit === "年" && n.value >= 1990 && n.value < 2100).map((n) => n.value);
    if (years.length < 2 || Math.max(...years) === Math.min(...years)) return;
    const goals = goalFields(table).filter((g) => normalizeName(g.text).length >= 4);
    const periods = goals.filter((g) => PERIOD.test(g.label));
    for (const annual of goals.filter((g) => /年度/u.test(g.label) && !PERIOD.test(g.label))) {
      const period = periods.find((p) => normalizeName(p.text) === normalizeName(annual.text));
      if (period) yield { messageId: "copied", data: { annual: annual.label, period: period.label }, indicator: null, at: annual.at };
    }
  },
});
