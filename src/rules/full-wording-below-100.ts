/**
 * 足额 / 全部 / 全覆盖 / 应保尽保 promise everything; a target below 100 % contradicts the name
 * (足额发放率 = 95 % allows one payment in twenty to fall short).
 */
import { defineRule } from "../model/finding.js";
import { isFullCoverageWording, isPercent } from "./utils/indicator-kind.js";
import { at, num, shown, valueCell } from "./utils/operator-text.js";

export default defineRule<"belowHundred">({
  id: "full-wording-below-100",
  meta: {
    category: "threshold",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "“全部/足额”却低于 100%", en: "\"Full\" wording below 100 %" },
      summary: {
        zh: "指标名称写“足额、全部、全覆盖、应保尽保”，目标值却低于 100%",
        en: "The name promises everything (足额, 全部, 全覆盖, 应保尽保) but the target is below 100 %",
      },
    },
    messages: {
      belowHundred: {
        zh: "“{indicator}”含“{word}”，意味着 100%，但目标值为“{value}”，两者矛盾；请改为 100% 或修改指标名称",
        en: "\"{indicator}\" says \"{word}\", which means 100 %, but the target is \"{value}\"; set 100 % or rename the indicator",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      const v = num(i);
      if (v === null || v >= 100 || !isPercent(i) || !isFullCoverageWording(i.name)) continue;
      if (i.operator === "<=" || i.operator === "<") continue;
      const word = /足额|全额|全部|全覆盖|全面覆盖|全员|应[\u4e00-\u9fa5]尽[\u4e00-\u9fa5]|无遗漏|百分之百/.exec(i.name)?.[0] ?? "";
      yield { messageId: "belowHundred", data: { indicator: i.name, word, value: shown(i) }, indicator: i, at: at(i, valueCell(i)) };
    }
  },
});
