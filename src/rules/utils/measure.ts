/**
 * What kind of measure an indicator row is, from its cells: cost rows, rate and count names,
 * real units vs text that slipped into the 度量单位 column, and the qualitative text of a row.
 */
import type { Indicator } from "../../model/records.js";
import { isUnderCost } from "./indicator-kind.js";
import { isMoneyUnit } from "./money.js";
import { isPercentUnit } from "./text.js";
import { looksLikeUnit } from "./unit-kind.js";
import { memo } from "../../model/memo.js";

const COUNTERS =
  "元|人|户|个|所|家|项|次|场|辆|台|套|件|篇|份|吨|亩|米|天|日|月|年|栋|座|条|处|期|名|本|册|部|间|张|株|头|只|批|批次|人次|平方米|立方米|平方公里|公里|千米|小时|分钟|周|季度|工作日|公斤|千克|千瓦|兆瓦|床|所次|户次|册次|元/人|处次|万元|亿元|千元|m|km|kg|t";
const UNIT_RE = new RegExp(`^(万|千|百|亿|十万)?(${COUNTERS})(数|次)?([/·].+)?$`, "i");

/** A plausible 度量单位 (万户, 元/人/年, %, 次数) rather than a qualitative value that slipped into that column. */
export function isKnownUnit(unit: string | null | undefined): boolean {
  return unit ? knownUnit(unit) : false;
}
const knownUnit = memo((unit: string): boolean => {
  const u = unit.normalize("NFKC").replace(/\s/g, "");
  return looksLikeUnit(u) || isPercentUnit(u) || isMoneyUnit(u) || UNIT_RE.test(u) || /^[A-Za-z]{1,4}$/.test(u);
});

/** Filed as a cost indicator: 成本指标 as first level (101号) or as a 产出 second level (88号). */
export function isCostIndicator(ind: Indicator): boolean {
  return isUnderCost(ind);
}

/** A rate by its name: …率, …比例, …占比, …比重. */
export const isRateName: (name: string) => boolean = memo((name) => /(率|比例|占比|比重|百分比)[。.]?$/.test(name.normalize("NFKC").trim()));

/** A count by its name: …数, …数量, …个数, …人数, …次数. */
export const isCountName: (name: string) => boolean = memo((name) => {
  const n = name.normalize("NFKC").trim();
  return /(数|数量|个数|总数|人数|次数|户数|家数|场次)[。.]?$/.test(n) && !/(指数|系数|倍数|分数|函数)$/.test(n);
});

/** The written text of a qualitative target and the cell it sits in — the 指标值 cell, or the
 * 度量单位 cell when a shifted row put it there (会展业专项: 促进发展 under 度量单位). */
export function qualitativeText(ind: Indicator): { text: string; cell: "value" | "unit" } | null {
  if (typeof ind.value === "string" && ind.value.trim() !== "") return { text: ind.value.trim(), cell: "value" };
  if (ind.value === null && (ind.valueRaw ?? "").trim() === "" && ind.unit && !isKnownUnit(ind.unit)) {
    return { text: ind.unit.trim(), cell: "unit" };
  }
  return null;
}

/** Filed under 时效指标 (or the older 进度指标). */
export function isTimelinessBlock(ind: Indicator): boolean {
  return /时效|进度/.test(`${ind.level2 ?? ""}|${ind.level2Raw ?? ""}`);
}
