/** Comparing names: a key that ignores spaces, punctuation and character width, and the longest run two names share. */
import { memo } from "../../model/memo.js";
import { matchKey } from "../../grammar/index.js";

/** matchKey (NFKC, simplified, no pinyin, no white space) without punctuation or symbols (% kept), lower case. */
export const normalizeName: (s: string) => string = memo((s) => matchKey(s).replace(/[\p{P}\p{S}]/gu, (ch) => (ch === "%" ? "%" : "")).toLowerCase());

/** Longest run of characters shared by both names. */
export function longestCommonSubstring(a: string, b: string): string {
  let best = "";
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best.length + 1; j <= a.length; j++) {
      const sub = a.slice(i, j);
      if (b.includes(sub)) best = sub;
      else break;
    }
  }
  return best;
}
