/**
 * Template placeholders (**, XX, ……, 待填) left in a filed table mean a value was never filled in
 * (domain-rules S-14, O17: "≥**%", "**人" in reference templates).
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import { at } from "./utils/operator-text.js";

const PLACEHOLDER = /[*＊]{2,}|(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|…{2,}|\.{6,}|。{3,}|待填|待补充|待定|请填写|此处填写|[（(]\s*填写[^）)]*[）)]|[（(]\s*[）)]/;

function placeholder(s: string | null | undefined): string | null {
  return s ? (PLACEHOLDER.exec(s)?.[0] ?? null) : null;
}

export default defineRule<"inIndicator" | "inTable">({
  id: "template-placeholder",
  meta: {
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
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
      const p = placeholder(f.text);
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
      const cells: [string | null, string | undefined][] = [
        [i.name, i.cells.name],
        [i.valueRaw, i.cells.value],
        [i.operatorRaw, i.cells.operator],
        [i.unit, i.cells.unit],
        [i.deadline, i.cells.deadline],
      ];
      for (const [value, c] of cells) {
        const p = placeholder(value);
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
