/**
 * Stage 4: header fields. The rows between the previous table and an indicator header hold the table's
 * title, year, declared money unit and its label/value fields: 项目名称 | 城市绿化, 主管部门：某局 in one
 * cell, 年度资金总额: 16 in one cell, 中期目标 | 年度目标 with their texts in the row below, 资金情况（万元）
 * over its 年度资金总额 / 其中：财政拨款 lines. Labels are paired with values by position — the value to the
 * right, else below — whatever words the labels use; the vocabulary only says what a known label means.
 */
import type { CellPos } from "../model/grid.js";
import type { FieldCell, FieldKey } from "../model/located.js";
import type { SheetView } from "./sheet.js";
import { declaredUnit, fieldKey, isLabelLike, isSignOff, isSubtotal, isTitle, unitInLabel, yearInText, yearLine } from "./vocabulary.js";
import { labelKey } from "../grammar/index.js";

export interface HeaderBlock {
  /** First row of the block (the title, or the first field). */
  start: number;
  title: { text: string; pos: CellPos } | null;
  year: { value: number; pos: CellPos } | null;
  declaredUnit: { unit: string; text: string; pos: CellPos } | null;
  fields: FieldCell[];
}

/** Index of the first colon outside brackets ("资金情况(单位:万元)" has none), or -1. */
function labelColon(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "（") depth++;
    else if (ch === ")" || ch === "）") depth = Math.max(0, depth - 1);
    else if ((ch === ":" || ch === "：") && depth === 0) return i;
  }
  return -1;
}

const WORDS = /^[\u4e00-\u9fff（）()、\s]{2,20}$/u;

/** Is this text, cut before a colon, a label (项目名称, 年度资金总额), not a formula or an address? */
function isLabelWord(label: string): boolean {
  return fieldKey(label) !== null || (WORDS.test(label) && isLabelLike(label + "："));
}

/**
 * "年度资金总额:16", "其中：财政拨款 20", "项目名称：城市绿化", "主管部门:某局" — a label and its value in one
 * cell. "填报单位(盖章): 单位负责人:谭呈祥" holds two labels: the first has no value.
 */
function inlineFields(text: string): { label: string; value: string }[] | null {
  const i = labelColon(text);
  if (i > 0) {
    let label = text.slice(0, i).trim();
    let value = text.slice(i + 1).trim();
    if (!value) return null;
    // 其中：财政拨款 20 → 财政拨款 = 20
    if (/^其中$/u.test(labelKey(label))) {
      const m = /^(.{2,14}?)\s*[:：]?\s*([\d,.]+\s*(?:万元|元|亿元)?)$/u.exec(value);
      if (!m) return null;
      label = m[1].trim();
      value = m[2].trim();
    }
    if (!isLabelWord(label)) return null;
    const rest = inlineFields(value);
    // The value is itself "label:value": the first label was left empty.
    if (rest && fieldKey(rest[0].label) !== null) return [{ label, value: "" }, ...rest];
    return [{ label, value }];
  }
  // "其他资金 0", "其中:财政拨款 20" without a colon before the number.
  const spaced = /^\s*(?:其中\s*[:：]?\s*)?([^\d\s:：]{2,14})\s+([\d,.]+\s*(?:万元|元|亿元)?)\s*$/u.exec(text);
  if (spaced && fieldKey(spaced[1]) !== null) return [{ label: spaced[1].trim(), value: spaced[2].trim() }];
  return null;
}

function inlineField(text: string): { label: string; value: string } | null {
  return inlineFields(text)?.[0] ?? null;
}

/** 中期目标 beside 年度目标 (either order): two goal boxes' heads, not a label and its value. */
function isGoalPair(a: FieldKey | null, b: FieldKey | null): boolean {
  return (a === "goalTotal" && b === "goalYear") || (a === "goalYear" && b === "goalTotal");
}

function keyOf(label: string): FieldKey {
  return fieldKey(label) ?? "other";
}

/** The 到 / 至 between the two boxes of a range (项目起止时间 | ____ | 到 | ____): no one's value. */
const isConnector = (text: string) => /^[到至~～—-]$/u.test(text.trim());

/** A row of short labels over a row whose cells under them are all numbers (中央 | 省级 | 本级 over 0 | 7 | 0). */
function isValueGridHead(view: SheetView, r: number, to: number): boolean {
  if (r + 1 >= to) return false;
  const cols = view.filled(r);
  if (cols.length < 2 || !isLabelRow(view, r)) return false;
  if (cols.some((c) => fieldKey(view.text(r, c)) === "name" || /[:：]/u.test(view.text(r, c)))) return false;
  const below = cols.filter((c) => view.text(r + 1, c) !== "");
  return below.length >= 2 && below.every((c) => /^[\d,.]+$/u.test(view.text(r + 1, c).replace(/\s/g, "")));
}

/** Label-only rows under which a row of values stands (中央 | 省级 | 市级 over 0 | 7 | 0). */
function isLabelRow(view: SheetView, r: number): boolean {
  const f = view.filled(r);
  return f.length > 0 && f.every((c) => {
    const t = view.text(r, c);
    return isLabelLike(t) || (t.length <= 6 && !/\d/u.test(t));
  });
}

/**
 * The value of a label with nothing usable to its right: in a table of amounts (年度主要任务 | 任务名称 | …
 * | 预算申请总额 over task rows and 金额合计), the 合计 row's cell in its column; else the first cell below it
 * in its column, over label rows.
 */
function valueBelow(view: SheetView, r: number, c: number, to: number): CellPos | null {
  const key = fieldKey(view.text(r, c));
  if (key === "budget" || key === "budgetItem") {
    for (let rr = r + 1; rr < to && rr <= r + 30; rr++) {
      const f = view.filled(rr);
      if (f.length && f[0] < c && isSubtotal(view.text(rr, f[0]))) return view.text(rr, c) ? { r: rr, c } : null;
    }
  }
  // The row right below; over one row of sub-labels (中央 | 省级 | 市级 over 0 | 7 | 0).
  for (let rr = r + 1; rr < to && rr <= r + 2; rr++) {
    const t = view.text(rr, c);
    // Sub-labels pass under a label merged down over them, or stand under it and right of it; a row
    // that starts left of the label with words of its own starts fields of its own (总体目标 | 中期目标
    // below 其他资金, 项目起止时间 below 项目实施单位).
    const own = t === "" || (view.filled(rr)[0] >= c && fieldKey(t) === null && !isLabelLike(t));
    const subLabels = own && isLabelRow(view, rr) && rr + 1 < to && !isLabelRow(view, rr + 1) && view.text(rr + 1, c) !== "";
    if (subLabels && rr === r + 1) continue;
    if (!t) return null;
    // The 到 / 至 between two boxes of a date range (项目起止时间 | ____ | 到 | ____) is no one's value.
    if (isConnector(t)) return null;
    // A text that names its money unit (项目资金申请(万元)) heads a row of its own.
    if (isTitle(t) || fieldKey(t) !== null || /[:：]$/u.test(t) || inlineField(t) || isLabelLike(t) || unitInLabel(t) !== null) return null;
    return { r: rr, c };
  }
  return null;
}

/** The title, year, unit and label/value fields in rows [from, to). */
export function headerFields(view: SheetView, from: number, to: number): HeaderBlock {
  const fields: FieldCell[] = [];
  let title: HeaderBlock["title"] = null;
  let year: HeaderBlock["year"] = null;
  let unit: HeaderBlock["declaredUnit"] = null;
  const consumed = new Set<string>();
  const key = (p: CellPos) => `${p.r},${p.c}`;
  let firstRow = -1;
  // A label with no value in the first column heads the rows below it that leave that column empty
  // (资金情况（万元） over 年度资金总额 / 其中：财政拨款): its unit applies to them.
  let group: { text: string; c: number } | null = null;
  const mark = (r: number) => {
    if (firstRow < 0) firstRow = r;
  };
  // Fields belong to the table from its title down; lines above the title belong to the page.
  for (let r = from; r < to; r++) {
    if (view.filled(r).some((c) => isTitle(view.text(r, c)))) {
      from = r;
      break;
    }
  }
  for (let r = from; r < to; r++) {
    const cols = view.filled(r);
    if (cols.length === 0) continue;
    if (group && cols[0] <= group.c) group = null;
    if (isValueGridHead(view, r, to)) {
      // A row of labels over a row of amounts: each label's value is the cell below it. A label of the row
      // that names the money unit and has no amount under it (项目资金(万元) | 年初预算数 | 全年预算数) heads the others.
      const head = cols.map((c) => view.text(r, c)).find((t, i) => unitInLabel(t) !== null && view.text(r + 1, cols[i]) === "");
      const rowGroup = head ?? group?.text;
      // …and the lines below it that leave its column empty, as a 资金情况（万元） label alone would.
      if (head && view.text(r, cols[0]) === head) group = { text: head, c: cols[0] };
      for (const c of cols) {
        const below = { r: r + 1, c };
        const text = view.text(r, c);
        const has = view.text(r + 1, c) !== "";
        if (has) consumed.add(key(below));
        fields.push({ key: keyOf(text), label: text, labelPos: { r, c }, text: has ? view.text(r + 1, c) : "", pos: has ? below : null, ...(rowGroup && text !== rowGroup ? { group: rowGroup } : {}) });
      }
      mark(r);
      continue;
    }
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const pos = { r, c };
      if (consumed.has(key(pos))) continue;
      const text = view.text(r, c);
      const inGroup = group ? { group: group.text } : {};
      if (isSignOff(text) && fieldKey(text) === null) continue;
      if (isTitle(text)) {
        title ??= { text, pos };
        mark(r);
        continue;
      }
      const u = declaredUnit(text);
      if (u) {
        unit ??= { unit: u, text, pos };
        continue;
      }
      const y = yearLine(text);
      if (y && fieldKey(text) === null) {
        year ??= { value: y, pos };
        mark(r);
        continue;
      }
      const inline = inlineFields(text);
      if (inline) {
        for (const f of inline) fields.push({ key: keyOf(f.label), label: f.label, labelPos: pos, text: f.value, pos: f.value ? pos : null, ...inGroup });
        mark(r);
        continue;
      }
      if (!isLabelLike(text) && !(i === 0 && text.length <= 20 && cols.length > 1)) continue;
      // The value: the next cell to the right unless it is a label itself; else the cell below.
      const next = cols[i + 1];
      let valuePos: CellPos | null = null;
      if (next !== undefined) {
        const nt = view.text(r, next);
        const labelNext = fieldKey(nt) !== null || /[:：]$/u.test(nt) || inlineField(nt) !== null || declaredUnit(nt) !== null;
        // A label word as the value (年度目标 | 当年目标): it has no value of its own, right or below.
        // 中期目标 | 年度目标 side by side are the heads of two goal boxes, even when the box under 年度目标 is
        // empty (one text under both, merged or not): the text below is 中期目标's, never the word 年度目标.
        const goalHeads = isGoalPair(fieldKey(text), fieldKey(nt));
        const orphan = labelNext && !goalHeads && next === c + 1 && !/[:：]$/u.test(nt) && !inlineField(nt) && !declaredUnit(nt) && cols[i + 2] === undefined && valueBelow(view, r, next, to) === null;
        // A column head beside the label (年度总体目标 | 预期目标 | 实际完成情况 over their texts): the
        // label's value is the text under that head, not the head's word.
        const head = !labelNext && next === c + 1 && isLabelLike(nt) && view.text(r + 1, c) === "" ? valueBelow(view, r, next, to) : null;
        if (head) {
          valuePos = head;
          i++;
        } else if ((!labelNext || orphan) && !isConnector(nt)) {
          valuePos = { r, c: next };
          i++;
        }
      }
      valuePos ??= valueBelow(view, r, c, to);
      if (valuePos) consumed.add(key(valuePos));
      fields.push({ key: keyOf(text), label: text, labelPos: pos, text: valuePos ? view.text(valuePos.r, valuePos.c) : "", pos: valuePos, ...inGroup });
      if (!valuePos && i === 0) group = { text, c };
      mark(r);
    }
  }
  if (!year) {
    const fieldYear = (t: string) => yearInText(t) ?? yearLine(t) ?? (/^(?:19|20)\d{2}$/u.test(t.trim()) ? Number(t.trim()) : null);
    const y = fields.find((f) => f.key === "year" && fieldYear(f.text));
    if (y?.pos) year = { value: fieldYear(y.text)!, pos: y.pos };
    else if (title && yearInText(title.text)) year = { value: yearInText(title.text)!, pos: title.pos };
  }
  return { start: firstRow < 0 ? to : firstRow, title, year, declaredUnit: unit, fields };
}

/** Does this header region hold anything of a table's own (a title, a name, money or a goal)? */
export function hasOwnHeader(block: HeaderBlock): boolean {
  return block.title !== null || block.fields.some((f) => f.key !== "other" && f.text !== "");
}
