import { defineRule } from "../model/finding.js";
import { sameUnit, normalizeName } from "./utils/text.js";

const VERBS = /^(推动|补助|支持|扶持|促进|完成|实现|带动|奖励|资助|新增|开展|培育|引进|建设|改造|落实)+/u;

/** The thing an indicator counts, without the leading verb or the 数/数量 suffix. */
function core(name: string): string {
  return normalizeName(name).replace(VERBS, "").replace(/(数量|个数|总数|数)$/u, "");
}

/** A 效益 row that repeats a 产出 row: same count, same unit, same object (推动数字经济项目 ≥ 10 个 vs 补助数字经济项目数 ≥ 10 个). */
export default defineRule({
  id: "outcome-restates-output",
  meta: {
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "效益指标重复产出指标", en: "Outcome restates an output" },
      summary: {
        zh: "效益指标只是重复了某个产出指标（同一对象、同一数值、同一单位），没有说明产生的效果。",
        en: "An outcome (效益) indicator only repeats an output (产出) indicator: same object, same number, same unit.",
      },
    },
    messages: {
      restates: {
        zh: "效益指标“{name}”与产出指标“{output}”数值相同（{value}），只是重复了产出，没有反映效果。",
        en: "Outcome indicator “{name}” repeats output indicator “{output}” ({value}); it states no effect.",
      },
    },
  },
  *check(table) {
    const outputs = table.indicators.filter((i) => /产出/.test(i.level1 ?? "") && typeof i.value === "number");
    for (const ind of table.indicators) {
      if (!/效益/.test(ind.level1 ?? "") || typeof ind.value !== "number") continue;
      const c = core(ind.name);
      if (c.length < 3) continue;
      const out = outputs.find((o) => {
        const oc = core(o.name);
        return o.value === ind.value && sameUnit(o.unit, ind.unit) && oc.length >= 3 && (oc.includes(c) || c.includes(oc));
      });
      if (!out) continue;
      yield {
        messageId: "restates",
        data: { name: ind.name, output: out.name, value: `${ind.value}${ind.unit ? " " + ind.unit : ""}` },
        indicator: ind,
      };
    }
  },
});
