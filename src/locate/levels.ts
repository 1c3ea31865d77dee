/**
 * Canonical 一级/二级 indicator names. The locator recognises level cells with these; normalize gives each
 * indicator its canonical levels. Matched on folded text (traditional characters, pinyin and width folded),
 * with weights and notes stripped: "产出指标(50分)", "一、产出指标", "数量指标 (必填硬性指标)", "產出指標".
 */
import { memo, ownEntry } from "../model/memo.js";
import { labelKey } from "../grammar/index.js";

export const LEVEL1_NAMES = ["产出指标", "效益指标", "满意度指标", "成本指标"] as const;

const LEVEL1_ALIASES: Record<string, string> = {
  产出: "产出指标",
  效益: "效益指标",
  效果: "效益指标",
  成效: "效益指标",
  满意度: "满意度指标",
  满意: "满意度指标",
  成本: "成本指标",
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
  生态成本: "生态环境成本指标",
  经济效益: "经济效益指标",
  社会效益: "社会效益指标",
  生态效益: "生态效益指标",
  环境效益: "生态效益指标",
  生态环境效益: "生态效益指标",
  可持续影响: "可持续影响指标",
  可持续发展影响: "可持续影响指标",
  可持续性影响: "可持续影响指标",
  可持续性发展影响: "可持续影响指标",
  服务对象满意度: "服务对象满意度指标",
  社会公众满意度: "社会公众满意度指标",
  满意度: "服务对象满意度指标",
};

/** "产出指标(50分)", "成本指标(0-20)分", "一、产出指标", "数量指标(必填)", "产出值" → the bare level word. */
function bare(text: string): string {
  return labelKey(text)
    .replace(/^[一二三四五六七八九十\d]+[、.．]/u, "")
    .replace(/^\([一二三四五六七八九十\d]+\)/u, "")
    .replace(/\(?[\d.\-~%－—]+\)?分?$/u, "")
    .replace(/\([^)]*\)$/u, "")
    .replace(/\d+(\.\d+)?分$/u, "")
    .replace(/(指标类|指标|类|值|目标)$/u, "");
}

/** Canonical 一级 name, or null when the text is not one. */
export const canonicalLevel1 = memo((text: string): string | null => (text.length > 40 ? null : (ownEntry(LEVEL1_ALIASES, bare(text)) ?? null)));

/** Canonical 二级 name, or null. A level word ending in 指标 with a longer wording is read by its stem. */
export const canonicalLevel2 = memo((text: string): string | null => {
  if (text.length > 40) return null;
  const b = bare(text);
  const exact = ownEntry(LEVEL2_ALIASES, b);
  if (exact) return exact;
  // Longer wordings, only when written as a level (…指标): 社会公众或服务对象满意度指标, 服务对象或受益者满意度指标.
  if (!/(指标|指标类)(\([^)]*\))?$/u.test(labelKey(text)) || b.length > 14) return null;
  if (/社会公众.{0,6}满意/u.test(b) && !/服务对象|受益/u.test(b)) return "社会公众满意度指标";
  if (/满意/u.test(b)) return "服务对象满意度指标";
  if (/^可持续/u.test(b)) return "可持续影响指标";
  return null;
});

/** A level-like label that is no standard name (实施效果指标, 过程指标, 投入指标): ends in 指标, short, no digits. */
export const looksLikeLevel = memo((text: string): boolean => {
  const k = labelKey(text).replace(/\([^)]*\)$/u, "");
  return k.length <= 10 && /^[\u4e00-\u9fff]{2,8}指标类?$/u.test(k) && !/指标值$/u.test(k);
});

/** A text that names a level (either). */
export function isLevelName(text: string): boolean {
  return canonicalLevel1(text) !== null || canonicalLevel2(text) !== null;
}

/** Only a second-level name (not also a first-level one like 成本指标/满意度指标). */
export function isOnlyLevel2(text: string): boolean {
  return canonicalLevel2(text) !== null && canonicalLevel1(text) === null;
}
