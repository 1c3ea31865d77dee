/**
 * Template placeholders (**, XX, ……, 待填) left in a filed table mean a value was never filled in; the
 * template's notes on the levels ((必填硬性指标), (选填)) were never removed.
 */
import { defineRule, type FindingDraft } from "../model/finding.js";
import type { Indicator } from "../model/records.js";
import { cellLocation, cellOf } from "./utils/location.js";

/** Placeholders anywhere, header texts included. */
const STRICT = /[*＊]{2,}|(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])|待填|待补充|请填写|此处填写|[（(]\s*填写[^）)]*[）)]|[（(]\s*[）)]/u;
/** In a value, unit, operator or deadline cell also an ellipsis or 待定 (in prose "……" is ordinary punctuation). */
const IN_VALUE = /…{2,}|\.{6,}|。{3,}|^待定$/u;
/** Notes of a template on a level cell: (必填), (选填), (必填硬性指标), (可选). */
const LEVEL_NOTE = /[（(]\s*(必填|选填|可选|可填|必选)[^）)]{0,8}[）)]/u;

function placeholder(s: string | null | undefined, strictOnly: boolean): string | null {
  if (!s) return null;
  return STRICT.exec(s)?.[0] ?? (strictOnly ? null : (IN_VALUE.exec(s.trim())?.[0] ?? null));
}

type Id = "inIndicator" | "inTable" | "levelNotes";

/** The first of an indicator's cells, in reading order, that holds a placeholder (a name only a strict one). */
function firstPlaceholder(i: Indicator): { which: "name" | "value" | "operator" | "unit" | "deadline"; placeholder: string } | null {
  let p = placeholder(i.name, true);
  if (p) return { which: "name", placeholder: p };
  if ((p = placeholder(i.valueRaw, false))) return { which: "value", placeholder: p };
  if ((p = placeholder(i.operatorRaw, false))) return { which: "operator", placeholder: p };
  if ((p = placeholder(i.unit, false))) return { which: "unit", placeholder: p };
  if ((p = placeholder(i.deadline, false))) return { which: "deadline", placeholder: p };
  return null;
}

export default defineRule<Id>({
  id: "template-placeholder",
  meta: {
    name: { zh: "残留模板占位符", en: "Template placeholder left" },
    category: "structure",
    severity: "error",
    recommended: true,
    docs: {
      summary: { zh: "表中残留模板占位符（**、XX、……、待填）或模板说明（必填、选填）", en: "Template placeholders (**, XX, ……, 待填) or template notes (必填, 选填) left in the table" },
    },
    messages: {
      inIndicator: {
        zh: "“{indicator}”的单元格 {cell} 中残留模板占位符“{placeholder}”；请填写实际内容，并删去占位符。",
        en: "Cell {cell} of “{indicator}” still holds the template placeholder “{placeholder}”; fill in the real content and remove the placeholder.",
      },
      inTable: {
        zh: "表头“{field}”中残留模板占位符“{placeholder}”；请填写实际内容。",
        en: "The header field “{field}” still holds the template placeholder “{placeholder}”; fill in the real content.",
      },
      levelNotes: {
        zh: "指标类别中残留模板说明（如“{note}”），共 {count} 处；提交前请删去这些说明，只保留指标名称。",
        en: "Template notes are left in the level names (such as “{note}”, {count} in all); remove them before submitting.",
      },
    },
  },
  *check(table, { facts }): Generator<FindingDraft<Id>> {
    const seen = new Set<string>();
    for (const f of [...table.goals, ...table.fields]) {
      const p = placeholder(f.text, true);
      if (!p || seen.has(f.cell)) continue;
      seen.add(f.cell);
      yield { messageId: "inTable", data: { field: f.label, placeholder: p }, indicator: null, at: cellLocation(table.location.sheet, f.cell) };
    }
    const notes = new Map<string, { note: string; cell: string }>();
    const noteIn = (text: string | null, cell: string | undefined) => {
      const m = text ? LEVEL_NOTE.exec(text) : null;
      if (m && cell && !notes.has(text!)) notes.set(text!, { note: m[0], cell });
    };
    for (const f of facts.indicators) {
      const i = f.indicator;
      noteIn(i.level1Raw, i.cells.level1);
      noteIn(i.level2Raw, i.cells.level2);
      const hit = firstPlaceholder(i);
      if (!hit) continue;
      const at = cellOf(f, hit.which);
      yield { messageId: "inIndicator", data: { indicator: i.name, cell: at.cell, placeholder: hit.placeholder }, indicator: i, at };
    }
    const first = [...notes.values()][0];
    if (first) yield { messageId: "levelNotes", data: { note: first.note, count: notes.size }, indicator: null, at: cellLocation(table.location.sheet, first.cell) };
  },
});
