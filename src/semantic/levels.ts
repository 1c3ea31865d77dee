/**
 * The block an indicator really belongs to. Tables write their levels in many ways: 一级 and 二级 in
 * their own columns; a grouping label in the 一级 column and the standard 一级 names in the 二级 column
 * (实施效果指标 › 产出指标); the 二级 alone (数量指标 → 产出); 88号 tables with 成本指标 under 产出; an old
 * layout with 满意度 as a 二级 under 效益; local names such as 成效指标 for 效益.
 */
import type { BlockFacts, FirstLevel, SecondLevel } from "../model/semantic.js";
import type { Indicator } from "../model/records.js";
import { memo } from "../model/memo.js";
import { labelKey } from "../grammar/index.js";

/** "产出指标(50分)", "一、产出指标", "数量指标 (必填硬性指标)" → the bare label. */
export const bareLevel = memo((text: string): string =>
  labelKey(text)
    .replace(/^[一二三四五六七八九十\d]+[、.]/u, "")
    .replace(/\([^)]*\)$/u, "")
    .replace(/\(?[\d.\-~%－—]+\)?分?$/u, "")
    .replace(/\d+(\.\d+)?分$/u, ""),
);

/** 一级 names: standard, and the local ones pbm maps (成效/效果 → 效益). */
const FIRST: [RegExp, FirstLevel, boolean][] = [
  [/^产出(指标)?$/u, "output", false],
  [/^效益(指标)?$/u, "benefit", false],
  [/^(成效|效果|绩效效果|实施效果?)(指标)?$/u, "benefit", true],
  [/^(服务对象|社会公众|受益对象|受益群体)?[^产出效益成本]{0,8}满意度?(指标)?$/u, "satisfaction", false],
  [/^成本(指标)?$/u, "cost", false],
];

/** The first level a 一级 text names; `nonstandard` when it is a local name (成效指标). */
export const firstLevelOfText = memo((raw: string): { level: FirstLevel; nonstandard: boolean } | null => {
  const s = bareLevel(raw);
  if (!s || s.length > 20) return null;
  for (const [re, level, nonstandard] of FIRST) if (re.test(s)) return { level, nonstandard };
  return null;
});

export const secondLevelOfText = memo((raw: string): SecondLevel | null => {
  const s = bareLevel(raw);
  if (!s || s.length > 24) return null;
  if (/^(产出)?数量/u.test(s)) return "quantity";
  if (/^(产出)?质量/u.test(s)) return "quality";
  if (/^(产出)?(时效|进度)/u.test(s)) return "timeliness";
  if (/^经济成本/u.test(s)) return "economicCost";
  if (/^社会成本/u.test(s)) return "socialCost";
  if (/^(生态)?环境成本|^生态(环境)?成本/u.test(s)) return "ecoCost";
  if (/^(产出)?成本/u.test(s)) return "cost";
  if (/^经济效益/u.test(s)) return "economic";
  if (/^社会效益/u.test(s)) return "social";
  if (/^(生态|环境)效益/u.test(s)) return "ecological";
  if (/^可持续/u.test(s)) return "sustainable";
  if (/满意/u.test(s)) return "satisfaction";
  return null;
});

const FIRST_OF_SECOND: Record<SecondLevel, FirstLevel> = {
  quantity: "output",
  quality: "output",
  timeliness: "output",
  cost: "cost",
  economicCost: "cost",
  socialCost: "cost",
  ecoCost: "cost",
  economic: "benefit",
  social: "benefit",
  ecological: "benefit",
  sustainable: "benefit",
  satisfaction: "satisfaction",
};

/** A 二级 text that is really a 一级 name (产出指标, 效益指标 under 实施效果指标). 成本指标 and 满意度指标 are both. */
function firstLevelName(raw: string): FirstLevel | null {
  const s = bareLevel(raw);
  if (/^(产出|效益|成本|满意度)(指标)?$/u.test(s)) return firstLevelOfText(s)?.level ?? null;
  return null;
}

/** A 三级 name that is only a standard 二级 name (a table whose 指标名称 column holds the 二级 names). */
const SECOND_LEVEL_NAME = /^(数量|质量|时效|进度|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|环境效益|可持续(性发展)?影响|服务对象满意度)(指标)?$/u;

export function blockOf(ind: Pick<Indicator, "level1" | "level1Raw" | "level2" | "level2Raw" | "name">): BlockFacts {
  const level1Text = ind.level1Raw ?? ind.level1;
  const level2Text = ind.level2Raw ?? ind.level2;
  const first = level1Text ? firstLevelOfText(level1Text) : null;
  let level2 = level2Text ? secondLevelOfText(level2Text) : null;
  let level1: FirstLevel | null = first?.level ?? null;
  let from: BlockFacts["level1From"] = level1 ? "level1" : null;

  let nonstandard = first?.nonstandard && level1Text ? level1Text : null;
  const level2AsFirst = level2Text ? firstLevelName(level2Text) : null;
  if (level2AsFirst && (level1 === null || first?.nonstandard)) {
    // 实施效果指标 › 产出指标: the 二级 column carries the first level, the 一级 column a grouping label.
    level1 = level2AsFirst;
    from = "level2";
    nonstandard = null;
    if (level2AsFirst === "output" || level2AsFirst === "benefit") level2 = null;
  }
  if (!level1 && !level2 && level1Text) {
    // A 二级 name written in the 一级 column (数量指标 with no 一级 above it).
    level2 = secondLevelOfText(level1Text);
  }
  if (!level2 && SECOND_LEVEL_NAME.test(bareLevel(ind.name))) {
    // 产出指标 › (三级) 时效指标 | 全年: the name column holds the 二级; the row is that block's.
    level2 = secondLevelOfText(ind.name);
  }
  if (!level1 && level2) {
    level1 = FIRST_OF_SECOND[level2];
    from = "inferred";
  }
  return {
    level1,
    level2,
    level1From: from,
    level1Text: level1Text ?? null,
    level2Text: level2Text ?? null,
    level1Nonstandard: nonstandard,
  };
}

/** Filed under a cost block: first-level 成本, or a 成本 / 经济成本 … second level. */
export function underCost(b: BlockFacts): boolean {
  return b.level1 === "cost" || b.level2 === "cost" || b.level2 === "economicCost" || b.level2 === "socialCost" || b.level2 === "ecoCost";
}
