/**
 * Template placeholders (**, XX, ……, 待填) left in a filed table mean a value was never filled in
 * (domain-rules S-14, O17: "≥**%", "**人" in reference templates).
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import { at } from "./utils/operator-text.js";

/** Placeholders anywhere, header texts included. */
const STRICT = /[*＊]{2,}|(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|待填|待补充|请填写|此处填写|[（(]\s*填写[^）)]*[）)]|[（(]\s*[）)]/;
/** In a value, unit, operator or deadline cell also an ellipsis or 待定 (in prose "……" is ordinary punctuation). */
const IN_VALUE = /…{2,}|\.{6,}|。{3,}|^待定$/;

function placeholder(s: string | null | undefined, strictOnly: boolean): string | null {
  if (!s) return null;
  return STRICT.exec(s)?.[0] ?? (strictOnly ? null : (IN_VALUE.exec(s.trim())?.[0] ?? null));
}

export default defineRule<"inIndicator" | "inTable">({
  id: "template-placeholder",
  meta: {
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "残留模板占位符", en: "Template placeholder left" },
      summary: { zh: "表中残留模板占位符（**、XX、……、待填）", en: "Template placeholders (**, XX, ……, 待填) left in the table" },
    },
    messages: {
      inIndicator: {
        zh: "“{indicator}”的单元格 {cell} 中残留模板占位符“{placeholder}”，请填写实际内容",
        en: "cell {cell} of \"{indicator}\" still holds the template placeholder \"{placeholder}\"; fill in the real content",
      },
      inTable: {
        zh: "表头“{field}”中残留模板占位符“{placeholder}”，请填写实际内容",
        en: "the header field \"{field}\" still holds the template placeholder \"{placeholder}\"; fill in the real content",
      },
    },
  },
  *check(table): Generator<FindingDraft<"inIndicator" | "inTable">> {
    const seen = new Set<string>();
    for (const f of [...table.goals, ...table.fields]) {
      const p = placeholder(f.text, true);
      if (!p || seen.has(f.cell)) continue;
      seen.add(f.cell);
      yield {
        messageId: "inTable",
        data: { field: f.label, placeholder: p },
        indicator: null,
        at: { sheet: table.location.sheet, row: rowOf(f.cell), cell: f.cell },
      };
    }
    for (const i of table.indicators) {
      const cells: [string | null, string | undefined, boolean][] = [
        [i.name, i.cells.name, true],
        [i.valueRaw, i.cells.value, false],
        [i.operatorRaw, i.cells.operator, false],
        [i.unit, i.cells.unit, false],
        [i.deadline, i.cells.deadline, false],
      ];
      for (const [value, c, strictOnly] of cells) {
        const p = placeholder(value, strictOnly);
        if (!p) continue;
        const cell = c ?? i.cells.name;
        yield { messageId: "inIndicator", data: { indicator: i.name, cell, placeholder: p }, indicator: i, at: at(i, cell) };
        break;
      }
    }
  },
});

function rowOf(cell: string): number {
  const m = /(\d+)$/.exec(cell);
  return m ? Number(m[1]) : 1;
}
