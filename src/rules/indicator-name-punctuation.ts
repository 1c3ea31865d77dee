/**
 * A 三级 name is a label, not a sentence: a trailing "。" or "，" is copy-paste residue that makes the
 * same indicator look different across tables and years (and defeats matching in budget systems).
 */
import { defineRule } from "../model/finding.js";

const TRAILING = /[\s。．.，,；;、：:]+$/;

export default defineRule<"trailingPunctuation">({
  id: "indicator-name-punctuation",
  meta: {
    category: "structure",
    severity: "info",
    recommended: true,
    fixable: "safe",
    docs: {
      name: { zh: "指标名称末尾有标点", en: "Punctuation at the end of a name" },
      summary: { zh: "三级指标名称末尾带有标点符号", en: "A third-level name ends with punctuation" },
    },
    messages: {
      trailingPunctuation: {
        zh: "三级指标名称“{indicator}”末尾有标点“{punctuation}”，建议改为“{fixed}”",
        en: "third-level name \"{indicator}\" ends with \"{punctuation}\"; write \"{fixed}\"",
      },
    },
  },
  *check(table) {
    for (const i of table.indicators) {
      const m = TRAILING.exec(i.name);
      if (!m) continue;
      const fixed = i.name.slice(0, m.index).trimEnd();
      const punctuation = m[0].trim();
      if (!fixed || !punctuation) continue;
      yield {
        messageId: "trailingPunctuation",
        data: { indicator: i.name, punctuation, fixed },
        indicator: i,
        fix: { kind: "safe", edits: [{ sheet: i.location.sheet, cell: i.cells.name, from: i.name, to: fixed }] },
      };
    }
  },
});
