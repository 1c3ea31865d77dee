/**
 * The unit lexicon: which words are units, what they measure (family) and their scale to the family's base
 * unit. "万户" is 10⁴ households, "公里" 10³ metres, "元/人/年" money per person per year, "个行政村" a count
 * of villages. A word the lexicon does not know is not a unit: a rule that needs a unit stays quiet on it.
 */
import type { UnitFamily, UnitInfo } from "../model/value.js";
import { memo } from "../model/memo.js";
import { foldSymbols, toSimplified } from "./fold.js";

interface Base {
  family: UnitFamily;
  scale: number;
  /** Standard spelling when it differs from the word. */
  canonical?: string;
}

const b = (family: UnitFamily, scale = 1, canonical?: string): Base => (canonical ? { family, scale, canonical } : { family, scale });

/** Counter words and units, by family. Multi-character words first where one is a prefix of another is irrelevant: lookup is exact. */
const BASES: Record<string, Base> = {
  "%": b("percent", 1, "%"),
  百分比: b("percent", 1, "%"),
  百分率: b("percent", 1, "%"),
  "‰": b("permille"),
  千分比: b("permille", 1, "‰"),
  百分点: b("percentage-point"),
  个百分点: b("percentage-point", 1, "百分点"),

  元: b("money"),
  人民币: b("money"),
  块: b("count"),

  人: b("people"),
  人次: b("people"),
  名: b("people"),
  位: b("people"),
  人数: b("people", 1, "人"),
  户: b("household"),
  户次: b("household"),
  户数: b("household", 1, "户"),
  家庭: b("household", 1, "户"),

  个: b("count"),
  项: b("count"),
  件: b("count"),
  套: b("count"),
  台: b("count"),
  台次: b("count"),
  辆: b("count"),
  张: b("count"),
  份: b("count"),
  篇: b("count"),
  部: b("count"),
  本: b("count"),
  册: b("count"),
  条: b("count"),
  只: b("count"),
  头: b("count"),
  匹: b("count"),
  羽: b("count"),
  株: b("count"),
  棵: b("count"),
  把: b("count"),
  盏: b("count"),
  根: b("count"),
  枚: b("count"),
  副: b("count"),
  架: b("count"),
  艘: b("count"),
  口: b("count"),
  眼: b("count"),
  类: b("count"),
  种: b("count"),
  批: b("count"),
  批次: b("count"),
  例: b("count"),
  床: b("count"),
  张床: b("count"),
  宗: b("count"),
  笔: b("count"),
  单: b("count"),
  组: b("count"),
  支: b("count"),
  队: b("count"),
  团: b("count"),
  期: b("count"),
  届: b("count"),
  场: b("count"),
  场次: b("count"),
  次: b("count"),
  次数: b("count", 1, "次"),
  轮: b("count"),
  课时: b("count"),
  学时: b("count"),
  节: b("count"),
  课: b("count"),
  班: b("count"),
  班次: b("count"),
  趟: b("count"),
  车次: b("count"),
  个数: b("count", 1, "个"),
  篇次: b("count"),
  份数: b("count", 1, "份"),
  卷: b("count"),
  盒: b("count"),
  箱: b("count"),
  包: b("count"),
  瓶: b("count"),
  袋: b("count"),
  桶: b("count"),
  对: b("count"),
  双: b("count"),

  所: b("place"),
  家: b("place"),
  处: b("place"),
  座: b("place"),
  栋: b("place"),
  幢: b("place"),
  间: b("place"),
  村: b("place"),
  个村: b("place"),
  社区: b("place"),
  乡镇: b("place"),
  镇: b("place"),
  乡: b("place"),
  校: b("place"),
  园: b("place"),
  站: b("place"),
  个点: b("place"),
  区: b("place"),
  县: b("place"),

  平方米: b("area"),
  平米: b("area", 1, "平方米"),
  "㎡": b("area", 1, "平方米"),
  "m²": b("area", 1, "平方米"),
  m2: b("area", 1, "平方米"),
  平方公里: b("area", 1e6),
  平方千米: b("area", 1e6, "平方公里"),
  "km²": b("area", 1e6, "平方公里"),
  "㎢": b("area", 1e6, "平方公里"),
  亩: b("area", 666.6667),
  公顷: b("area", 1e4),
  hm2: b("area", 1e4, "公顷"),
  "hm²": b("area", 1e4, "公顷"),

  米: b("length"),
  m: b("length", 1, "米"),
  延米: b("length"),
  公里: b("length", 1e3),
  千米: b("length", 1e3, "公里"),
  km: b("length", 1e3, "公里"),
  "㎞": b("length", 1e3, "公里"),
  厘米: b("length", 0.01),
  cm: b("length", 0.01, "厘米"),
  毫米: b("length", 0.001),
  mm: b("length", 0.001, "毫米"),

  立方米: b("volume"),
  方: b("volume", 1, "立方米"),
  "m³": b("volume", 1, "立方米"),
  m3: b("volume", 1, "立方米"),
  升: b("volume", 0.001),
  L: b("volume", 0.001, "升"),

  吨: b("weight", 1000),
  t: b("weight", 1000, "吨"),
  公斤: b("weight"),
  千克: b("weight", 1, "公斤"),
  kg: b("weight", 1, "公斤"),
  斤: b("weight", 0.5),
  克: b("weight", 0.001),
  g: b("weight", 0.001, "克"),

  度: b("energy"),
  千瓦时: b("energy", 1, "度"),
  kWh: b("energy", 1, "度"),
  千瓦: b("energy"),
  kW: b("energy", 1, "千瓦"),
  兆瓦: b("energy", 1000),
  MW: b("energy", 1000, "兆瓦"),
  瓦: b("energy", 0.001),

  年: b("time", 365),
  学年: b("time", 365),
  个月: b("time", 30),
  月: b("time", 30),
  季度: b("time", 91),
  个季度: b("time", 91, "季度"),
  学期: b("time", 150),
  周: b("time", 7),
  天: b("time"),
  日: b("time", 1, "天"),
  工作日: b("time"),
  个工作日: b("time", 1, "工作日"),
  小时: b("time", 1 / 24),
  h: b("time", 1 / 24, "小时"),
  分钟: b("time", 1 / 1440),
  秒: b("time", 1 / 86400),

  分: b("score"),
  分值: b("score", 1, "分"),
  级: b("grade"),
  星: b("grade"),
  星级: b("grade"),
  倍: b("multiple"),

  M: b("data"),
  MB: b("data"),
  G: b("data"),
  GB: b("data"),
  T: b("data"),
  TB: b("data"),
  兆: b("data"),
  Mbps: b("data"),
};

/** Magnitude prefixes: 万人, 万户, 亿元, 千米 is in BASES as its own word. */
const PREFIXES: [string, number][] = [
  ["十万", 1e5],
  ["百万", 1e6],
  ["千万", 1e7],
  ["万", 1e4],
  ["亿", 1e8],
  ["千", 1e3],
  ["百", 1e2],
  ["十", 10],
];

/** Families whose words can take a magnitude prefix (万元, 万人次, 万亩, 亿立方米). */
const SCALABLE = new Set<UnitFamily>(["money", "people", "household", "count", "place", "area", "length", "volume", "weight", "energy"]);

function lookup(word: string): { base: Base; scale: number; canonical: string; counter: string } | null {
  if (Object.hasOwn(BASES, word)) {
    const base = BASES[word];
    return { base, scale: base.scale, canonical: base.canonical ?? word, counter: word };
  }
  for (const [p, f] of PREFIXES) {
    if (!word.startsWith(p) || word.length === p.length) continue;
    const rest = word.slice(p.length);
    if (!Object.hasOwn(BASES, rest)) continue;
    const base = BASES[rest];
    if (!SCALABLE.has(base.family)) continue;
    return { base, scale: base.scale * f, canonical: p + (base.canonical ?? rest), counter: rest };
  }
  // 万 / 亿 alone: a magnitude whose counter the context gives (money in a cost row).
  if (word === "万" || word === "亿") return { base: b("magnitude"), scale: word === "万" ? 1e4 : 1e8, canonical: word, counter: word };
  return null;
}

/** A counter followed by the thing counted: 个行政村, 人次观众, 所学校 (at most four characters after it). */
function counted(word: string): { base: Base; scale: number; canonical: string; counter: string } | null {
  for (let n = Math.min(4, word.length - 1); n >= 1; n--) {
    const head = word.slice(0, n);
    const tail = word.slice(n);
    if (!/^[\u4e00-\u9fff]{1,4}$/u.test(tail)) continue;
    const hit = lookup(head);
    if (hit && hit.base.family !== "percent" && hit.base.family !== "magnitude" && hit.base.family !== "time") {
      return { ...hit, canonical: word };
    }
  }
  return null;
}

/**
 * The unit a text is, or null: "%", "万户", "元/人/年", "人/次", "个行政村", "百分比". Only whole texts:
 * "良好" and "提升" are not units, "95%" is a value.
 */
export const parseUnit = memo((text: string): UnitInfo | null => unitOf(text, true));

/** A unit word alone, without the thing counted after it: "个" and "万元", not "个行政村" (for units inside prose). */
export const parseUnitWord = memo((text: string): UnitInfo | null => unitOf(text, false));

function unitOf(text: string, allowCounted: boolean): UnitInfo | null {
  const raw = text.trim();
  if (!raw || raw.length > 12) return null;
  const t = toSimplified(foldSymbols(raw)).replace(/\s+/g, "").replace(/^[(（]|[)）]$/g, "");
  if (!t || /\d/.test(t.replace(/[²³]|m2|m3|hm2/g, ""))) return null;
  // 元/人/年, 人/次, 元·人⁻¹: the first part is the unit, the rest say "per what".
  const parts = t.split(/[/·每]/u).filter((p) => p !== "");
  if (parts.length === 0) return null;
  const head = lookup(parts[0]) ?? (allowCounted && parts.length === 1 ? counted(parts[0]) : null);
  if (!head) return null;
  const per: string[] = [];
  for (const p of parts.slice(1)) {
    if (!lookup(p) && !/^(人|户|年|月|日|天|次|个|亩|平方米|公里|学期|学年|所|校|村|床|期|批|项|件|台|辆|场)$/u.test(p)) return null;
    per.push(p);
  }
  return {
    raw,
    canonical: per.length ? [head.canonical, ...per].join("/") : head.canonical,
    family: head.base.family,
    scale: head.scale,
    counter: head.counter,
    per,
  };
}

/** A unit word of the lexicon (for the locator's content scores and the rules' unit checks). */
export function isUnit(text: string | null | undefined): boolean {
  return text ? parseUnit(text) !== null : false;
}

/** 元 / 万元 / 亿元 / 千元 (also 万 alone in a money context is decided by the caller). */
export function moneyFactor(unit: string | null | undefined): number | undefined {
  const u = unit ? parseUnit(unit) : null;
  return u && u.family === "money" && u.per.length === 0 ? u.scale : undefined;
}

/** %, ％, 百分比, 百分率 (not 百分点, not ‰). */
export function isPercentUnit(unit: string | null | undefined): boolean {
  return unit ? parseUnit(unit)?.family === "percent" : false;
}

/** Same unit after folding spellings (％ = % = 百分比, ㎡ = 平方米). */
export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  const fold = (u: string | null | undefined) => (u ? (parseUnit(u)?.canonical ?? u.normalize("NFKC").replace(/\s/g, "")) : "");
  return fold(a) === fold(b);
}

/**
 * A unit in an indicator name's trailing brackets: 实施营造林总面积(亩) → 亩, 受益人数（人） → 人. A template
 * placeholder (≥**%) or words in the brackets give none.
 */
export function unitInName(name: string): UnitInfo | null {
  const m = /[(（]\s*(?:单位\s*[:：]\s*)?([^()（）]{1,8})\s*[)）]\s*$/u.exec(name.trim());
  if (!m) return null;
  const inner = m[1].trim();
  if (/[*＊xX×…]/.test(inner)) return null;
  return parseUnit(inner);
}
