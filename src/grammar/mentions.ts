/**
 * Numbers mentioned in free text (goal texts, names, descriptions) with the unit right after them:
 * "全面完成 2023 年 855 个老旧小区改造" → 2023 年, 855 个; "合计 12357 亿元" → 12357 亿元. Document numbers
 * (〔2019〕19号) are skipped: they are not quantities.
 */
import type { NumberMention } from "../model/value.js";
import { memo } from "../model/memo.js";
import { parseUnitWord } from "./unit.js";

/** Longest unit word (from the lexicon) at the start of `rest`, up to 6 characters. */
function unitAt(rest: string): string | null {
  for (let n = Math.min(6, rest.length); n >= 1; n--) {
    const cand = rest.slice(0, n);
    if (!/\s/.test(cand) && parseUnitWord(cand)) return cand;
  }
  return null;
}

export const numbersInText = memo((text: string): readonly NumberMention[] => {
  const s = text.normalize("NFKC");
  const out: NumberMention[] = [];
  const re = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 1), m.index);
    const afterAll = s.slice(m.index + m[0].length);
    if (/[〔[(（]/.test(before) && /^\s*[〕\])）]/.test(afterAll)) continue;
    if (/^\s*号/.test(afterAll)) continue;
    if (/[A-Za-z.\d]/.test(before)) continue;
    const digits = (m[1] + (m[2] ?? "")).replace(/,/g, "");
    const ws = /^\s*/.exec(afterAll)![0].length;
    const unit = unitAt(afterAll.slice(ws));
    out.push({
      value: Number(digits),
      unit,
      unitInfo: unit ? parseUnitWord(unit) : null,
      digits,
      start: m.index,
      end: m.index + m[0].length + (unit ? ws + unit.length : 0),
    });
  }
  return out;
});
