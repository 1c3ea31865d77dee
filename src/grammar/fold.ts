/**
 * Text folding for matching. Cells are matched on a folded form — full-width and look-alike symbols to
 * ASCII, traditional characters to simplified, inline pinyin dropped — while the printed text is kept for
 * display. `foldSymbols` maps one character to one character, so a position in the folded text is a
 * position in the original.
 */
import TRADITIONAL_TO_SIMPLIFIED from "opencc-js/dict/TSCharacters";
import { memo } from "../model/memo.js";

/** Full-width ASCII to ASCII and look-alike symbols to their plain form, one character for one character. */
export function foldSymbols(text: string): string {
  // Most cells have nothing to fold: one scan instead of rebuilding the string character by character.
  if (!FOLDABLE.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000 || code === 0xa0) out += " ";
    else out += ownChar(SYMBOLS, ch) ?? ch;
  }
  return out;
}

const SYMBOLS: Record<string, string> = {
  "﹥": ">",
  "﹤": "<",
  "﹦": "=",
  "﹪": "%",
  "，": ",",
  "〜": "~",
  "～": "~",
  "－": "-",
  "—": "-",
  "–": "-",
  "−": "-",
  "﹣": "-",
  "﹒": ".",
};

/** Any character foldSymbols changes: full-width ASCII, ideographic and no-break spaces, the SYMBOLS keys. */
const FOLDABLE = new RegExp(`[\\uff01-\\uff5e\\u3000\\u00a0${Object.keys(SYMBOLS).join("")}]`, "u");

function ownChar(table: Record<string, string>, ch: string): string | undefined {
  return Object.hasOwn(table, ch) ? table[ch] : undefined;
}

/**
 * Code units that may start a traditional character (opencc-js's TSCharacters keys; for the few outside
 * the BMP, their high surrogate). A flag per code unit: one pass over the dictionary at first use, where a
 * regex class of its 3,500 keys took ≈ 9 ms to compile and the whole map ≈ 7 ms to build — paid by every
 * run, though most tables never hold a traditional character.
 */
let mayBeTraditional: Uint8Array | null = null;
function traditionalFlags(): Uint8Array {
  if (!mayBeTraditional) {
    mayBeTraditional = new Uint8Array(0x10000);
    for (let start = 0; start < TRADITIONAL_TO_SIMPLIFIED.length; ) {
      const end = TRADITIONAL_TO_SIMPLIFIED.indexOf("|", start);
      mayBeTraditional[TRADITIONAL_TO_SIMPLIFIED.charCodeAt(start)] = 1;
      if (end < 0) break;
      start = end + 1;
    }
  }
  return mayBeTraditional;
}

let t2s: Map<string, string> | null = null;
/** Traditional → simplified, character by character (built the first time a text needs it). */
function t2sTable(): Map<string, string> {
  if (!t2s) {
    t2s = new Map<string, string>();
    for (const entry of TRADITIONAL_TO_SIMPLIFIED.split("|")) {
      const space = entry.indexOf(" ");
      if (space > 0) t2s.set(entry.slice(0, space), entry.slice(space + 1).split(",")[0]);
    }
  }
  return t2s;
}

/**
 * 績效指標 → 绩效指标. Character-level: enough to match labels and indicator words, never shown to people.
 * Most texts are simplified already: one scan tells, and they come back as they are.
 */
export function toSimplified(text: string): string {
  const flags = traditionalFlags();
  let i = 0;
  while (i < text.length && flags[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const table = t2sTable();
  let out = "";
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}

const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i;
const PINYIN_GROUP = /([\u3400-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)/giu;

/**
 * Drops pinyin readings that mirror sites print after characters: 指標(biāo)1:物業(yè)管理面積 → 指標1:物業管理面積.
 * A group counts as pinyin when it carries a tone mark, or when the text has several such groups.
 */
export function stripPinyin(text: string): string {
  if (!text.includes("(") && !text.includes("（")) return text;
  const t = text.replace(/（/g, "(").replace(/）/g, ")");
  const groups = [...t.matchAll(PINYIN_GROUP)];
  if (groups.length === 0) return text;
  const many = groups.length >= 2;
  return t.replace(PINYIN_GROUP, (whole, han: string, latin: string) => (many || TONE.test(latin) ? han : whole));
}

/**
 * The form cells are matched on: NFKC (full-width brackets, colons and digits become ASCII), simplified
 * characters, no pinyin, no white space, no required-field marks (* ★ ※) and no trailing colon.
 */
export const labelKey = memo((text: string): string =>
  toSimplified(stripPinyin(text))
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[*★※]+/g, "")
    .replace(/[:：]+$/, ""),
);

/** Text for comparing values and names: NFKC, simplified, no pinyin, no white space (punctuation kept). */
export const matchKey = memo((text: string): string => toSimplified(stripPinyin(text)).normalize("NFKC").replace(/[\s\u3000]+/g, ""));
