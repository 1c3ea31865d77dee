/**
 * A name that states a frequency (按月发放, 每季度检查) fixes how many times a year the thing happens; a
 * count target below that ("按月发放 = 1 次") contradicts the name.
 */
import { defineRule } from "../model/finding.js";
import { cellOf, shown } from "./utils/location.js";

// 按月发放 says how the year's payments run, so its count is the year's. 每月 / 每季度 also say how many
// per month (每月开展巡查 ≥ 2 次 is two a month): the count may be per period, and nothing contradicts.
const PER_YEAR: [RegExp, number, string][] = [
  [/按月|逐月/u, 12, "按月"],
  [/按季|逐季/u, 4, "按季度"],
  [/按半年/u, 2, "按半年"],
  [/按周|逐周/u, 52, "按周"],
];

export default defineRule<"belowFrequency">({
  id: "frequency-count",
  meta: {
    name: { zh: "次数与频率不符", en: "Count contradicts the frequency" },
    category: "consistency",
    severity: "info",
    recommended: true,
    docs: {
      summary: {
        zh: "名称写明频率（按月、每季度），次数目标却少于一年应有的次数（如“按月发放 = 1 次”）。",
        en: "The name states a frequency (按月, 每季度) but the count target is below a year's worth (按月发放 = 1 次).",
      },
    },
    messages: {
      belowFrequency: {
        zh: "“{name}”表示{frequency}进行，一年应为 {expected} 次，目标却是“{value}”；请把目标改为“= {expected} 次”，或改为按时发放率等比率指标。",
        en: "“{name}” happens {frequency}, {expected} times a year, but the target is “{value}”; set “= {expected} 次”, or use a rate such as 按时发放率.",
      },
    },
  },
  *check(_table, { facts }) {
    const p = facts.period;
    if (p && p.start && p.start.year !== p.end.year) return;
    // A period shorter than the year (2023年7月—12月) holds fewer months; a year written whole ("2023年")
    // is the full year, one month written without the other could be a part-year: quiet then.
    const s = p?.start;
    const partYear = s && p ? (s.month === null) !== (p.end.month === null) || (s.month !== null && p.end.month !== null && p.end.month - s.month < 11) : false;
    if (partYear) return;
    for (const f of facts.indicators) {
      if (f.number === null || f.unit?.info?.family !== "count" || f.unit.info.counter !== "次") continue;
      const hit = PER_YEAR.find(([re]) => re.test(f.core));
      if (!hit || f.number >= hit[1]) continue;
      yield { messageId: "belowFrequency", data: { name: f.indicator.name, frequency: hit[2], expected: hit[1], value: shown(f) }, indicator: f.indicator, at: cellOf(f, "value") };
    }
  },
});
