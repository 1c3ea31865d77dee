/**
 * How a qualitative target reads, with a graded lexicon rather than a list of phrases:
 *
 * - strong words promise a change or an intensity without saying how much (促进, 提高, 改善, 保障,
 *   有效, 明显, 进一步, 稳步, 持续, 长期, 长远, 增加 …): without a number the target cannot be checked;
 * - weak words describe a state that could be a graded tier (良好, 正常, 按计划, 规范, 及时 …): vague only
 *   when nothing else is said;
 * - tier words (优/良/中/差, 达成/部分达成/未达成, 好/较好/一般) are a legitimate qualitative target.
 *
 * A number anywhere (较上年提高 5%) makes the wording measurable, whatever its words.
 */
import type { VagueWord, Wording } from "../model/semantic.js";
import type { NumberMention } from "../model/value.js";
import { memo } from "../model/memo.js";
import { matchKey, numbersInText } from "../grammar/index.js";

export const STRONG_WORDS = [
  "进一步", "逐步", "稳步", "持续", "不断", "长期", "长远", "深远", "显著", "明显", "大幅", "有效", "积极", "充分",
  "促进", "推动", "推进", "助力", "带动", "提高", "提升", "增强", "加强", "强化", "改善", "改进", "优化", "完善",
  "保障", "确保", "维护", "保持", "维持", "保护", "巩固", "发挥", "激发", "增加", "扩大", "丰富", "满足", "营造", "支撑", "推广",
  "减轻", "降低", "减少", "消除", "缓解", "创新", "转型", "稳定", "和谐", "繁荣", "振兴",
] as const;

export const WEAK_WORDS = [
  "良好", "正常", "合格", "达标", "规范", "符合要求", "符合规定", "符合", "按时", "及时", "按计划", "按期", "如期", "到位",
  "落实", "完成", "准确", "安全", "健全", "有序", "顺利", "不超预算", "不超过预算", "预算内", "可控", "可行", "合理",
  "较大", "较高", "一定", "部分",
] as const;

/** Graded tiers: the qualitative targets reviewers accept. */
const TIERS = new Set([
  "优", "良", "中", "差", "优秀", "优良", "较好", "好", "一般", "较差", "达成", "部分达成", "未达成", "达到预期", "基本达成",
  "全部达成", "达成预期", "达成预期指标", "达成年度指标", "达到", "未达到",
]);

/** Words that carry no object of their own: left over when only vague words and these remain, nothing was said. */
const FILLER =
  /的|了|和|与|及|并|等|在|将|得|地|方面|水平|程度|影响|作用|效果|效益|能力|情况|状况|工作|实施|运行|运转|开展|进行|实现|取得|产生|形成|做好|项目|进度|计划|目标|要求|规定|成效|效率|质量|标准|环境|条件|功能|体系|机制|意识|[、，,。；;：:（）()\s]/gu;

const YES = new Set(["是", "有", "√", "✓", "对", "已完成", "能", "会", "yes", "true"]);
const NO = new Set(["否", "无", "×", "✗", "没有", "不", "未", "no", "false"]);
const LEVELS: Record<string, Wording["level"]> = {
  高: "high", 较高: "high", 很高: "high", 强: "high", 大: "high", 中: "medium", 中等: "medium", 一般: null, 低: "low", 较低: "low", 弱: "low", 小: "low",
};

function vagueIn(text: string): VagueWord[] {
  const out: VagueWord[] = [];
  for (const w of STRONG_WORDS) if (text.includes(w)) out.push({ word: w, grade: "strong" });
  for (const w of WEAK_WORDS) if (text.includes(w) && !out.some((o) => o.word.includes(w))) out.push({ word: w, grade: "weak" });
  // The longest word first within a grade (进一步 before 一步); strong before weak.
  return out.sort((a, b) => (a.grade === b.grade ? b.word.length - a.word.length || text.indexOf(a.word) - text.indexOf(b.word) : a.grade === "strong" ? -1 : 1));
}

/** The graded vague words of any text (names too). */
export const vagueWords = memo((text: string): VagueWord[] => vagueIn(matchKey(text)));

/** The characters of `value` appear in `name` in order (改善条件 in 持续改善办学条件; 提升 in 提升博物馆绿化水平). */
function restates(value: string, name: string): boolean {
  if (value.length < 2 || name.length < 2) return false;
  if (name.includes(value)) return true;
  let i = 0;
  for (const ch of name) if (ch === value[i]) i++;
  return i === value.length && value.length <= name.length;
}

const CJK = /[\u3400-\u9fff]/gu;

export function wordingOf(text: string, cell: "value" | "unit", name: string): Wording {
  const w = readWording(text);
  return {
    text: w.text,
    cell,
    vague: w.vague,
    onlyVague: w.onlyVague,
    restatesName: w.mayRestate && restates(w.cjkOnly, nameCjkOf(name)) && !w.tier,
    yesNo: w.yesNo,
    level: w.level,
    tier: w.tier,
    hasNumber: w.hasNumber,
    numbers: w.numbers,
  };
}

/** What a value's text says by itself, once per distinct text (qualitative values repeat across tables). */
const readWording = memo((text: string) => {
  const t = matchKey(text).replace(/[。；;，,]+$/u, "");
  const numbers: readonly NumberMention[] = numbersInText(t);
  const hasNumber = /\d/.test(t);
  const vague = vagueIn(t);
  let rest = t;
  for (const v of vague) rest = rest.split(v.word).join("");
  const leftover = rest.replace(FILLER, "");
  const cjkOnly = (t.match(CJK) ?? []).join("");
  const lower = t.toLowerCase();
  return {
    text: text.trim(),
    vague,
    onlyVague: vague.length > 0 && leftover.length === 0,
    cjkOnly,
    mayRestate: !hasNumber && cjkOnly.length >= 2 && cjkOnly.length === t.length,
    yesNo: YES.has(lower) ? ("yes" as const) : NO.has(lower) ? ("no" as const) : null,
    level: Object.hasOwn(LEVELS, t) ? LEVELS[t] : null,
    tier: TIERS.has(t),
    hasNumber,
    numbers,
  };
});

const nameCjkOf = memo((name: string): string => (matchKey(name).replace(/[。；;，,]+$/u, "").match(CJK) ?? []).join(""));
