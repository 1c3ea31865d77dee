/**
 * The unit must count what the name counts: 户数 in 户, not in 人 or 人/次; people (人数, 村组干部230人)
 * in 人, not in 个; times (次数) not in people; stuff (秸秆利用数量, 垃圾清运量) by weight or volume, not in 个. Read from the unit's family in the lexicon and what the name
 * says it counts; quiet when either is unknown.
 */
import { defineRule } from "../model/finding.js";
import type { Counted, UnitFacts } from "../model/semantic.js";
import { cellOf } from "./utils/location.js";

const WORD: Record<Counted, string> = { people: "人数", household: "户数", place: "单位数", times: "次数", mass: "重量或体积" };
const UNIT: Record<Counted, string> = { people: "人", household: "户", place: "个", times: "次", mass: "吨（或立方米）" };

function mismatch(counted: Counted, unit: UnitFacts): boolean {
  const info = unit.info!;
  switch (counted) {
    case "household":
      return info.family === "people";
    case "people":
      return info.family === "household" || (info.family === "count" && info.counter === "个");
    case "times":
      return info.family === "people" && !/次/u.test(info.canonical);
    case "mass":
      return info.family === "count" || info.family === "place" || info.family === "people" || info.family === "household";
    default:
      return false;
  }
}

export default defineRule<"mismatch">({
  id: "unit-counter-mismatch",
  meta: {
    name: { zh: "单位与计数对象不符", en: "Unit does not count the named thing" },
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "计量单位与指标名称统计的对象不符：户数用了“人”“人/次”，人数用了“个”“户”。",
        en: "The unit does not count what the name counts: households in 人 or 人/次, people in 个 or 户.",
      },
    },
    messages: {
      mismatch: {
        zh: "“{name}”统计的是{what}，计量单位却是“{unit}”；请把单位改为“{expected}”，或核对统计口径。",
        en: "“{name}” counts {what}, but its unit is “{unit}”; use “{expected}”, or check what is counted.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (!f.counted || !f.unit?.info || f.unit.source === "name" || f.number === null) continue;
      if (!mismatch(f.counted, f.unit)) continue;
      yield {
        messageId: "mismatch",
        data: { name: f.indicator.name, what: WORD[f.counted], unit: f.unit.text, expected: UNIT[f.counted] },
        indicator: f.indicator,
        at: cellOf(f, f.unit.source === "column" ? "unit" : "value"),
      };
    }
  },
});
