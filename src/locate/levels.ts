/**
 * Canonical 一级/二级 indicator names (domain-rules.md §2). Used by the locator to
 * recognise level cells in drifting rows, and by normalize for the canonical names.
 */
import { memo, ownEntry } from "../model/memo.js";
import { labelKey } from "./text.js";

export const LEVEL1_NAMES = ["产出指标", "效益指标", "满意度指标", "成本指标"] as const;

const LEVEL1_ALIASES: Record<string, string> = {
  产出: "产出指标",
  产出指标: "产出指标",
  效益: "效益指标",
  效益指标: "效益指标",
  效果指标: "效益指标",
  满意度: "满意度指标",
  满意度指标: "满意度指标",
  成本: "成本指标",
  成本指标: "成本指标",
};

const LEVEL2_ALIASES: Record<string, string> = {
  数量: "数量指标",
  产出数量: "数量指标",
  质量: "质量指标",
  产出质量: "质量指标",
  时效: "时效指标",
  产出时效: "时效指标",
  进度: "时效指标",
  成本: "成本指标",
  产出成本: "成本指标",
  经济成本: "经济成本指标",
  社会成本: "社会成本指标",
  生态环境成本: "生态环境成本指标",
  环境成本: "生态环境成本指标",
  经济效益: "经济效益指标",
  社会效益: "社会效益指标",
  生态效益: "生态效益指标",
  环境效益: "生态效益指标",
  可持续影响: "可持续影响指标",
  服务对象满意度: "服务对象满意度指标",
  社会公众满意度: "社会公众满意度指标",
  社会公众或服务对象满意度: "服务对象满意度指标",
  服务对象或社会公众满意度: "服务对象满意度指标",
  满意度: "服务对象满意度指标",
};

/** "产出指标(50分)", "成本指标(0-20)分", "一、产出指标" → the bare label. */
function bare(text: string): string {
  return labelKey(text)
    .replace(/^[一二三四五六七八九十\d]+[、.]/, "")
    .replace(/\(?[\d.\-~%－—]+\)?分?$/, "")
    .replace(/\([^)]*\)$/, "")
    .replace(/\d+(\.\d+)?分$/, "");
}

/** Canonical 一级 name, or null when the text is not one. */
export const canonicalLevel1 = memo((text: string): string | null => (text.length > 40 ? null : (ownEntry(LEVEL1_ALIASES, bare(text)) ?? null)));

/** Canonical 二级 name, or null. "满意度指标" alone counts as 服务对象满意度指标 only when used as 二级. */
export const canonicalLevel2 = memo((text: string): string | null => (text.length > 40 ? null : (ownEntry(LEVEL2_ALIASES, bare(text).replace(/指标$/, "")) ?? null)));

/** A text that names a level (either), used to score drifting rows. */
export function isLevelName(text: string): boolean {
  return canonicalLevel1(text) !== null || canonicalLevel2(text) !== null;
}

/** Only a second-level name (not also a first-level one like 成本指标/满意度指标). */
export function isOnlyLevel2(text: string): boolean {
  return canonicalLevel2(text) !== null && canonicalLevel1(text) === null;
}
