/**
 * Finds every 绩效目标表 in a grid by its labels: the indicator header row
 * (一级指标 … 三级指标 … 指标值) anchors a table; the header block above it (title,
 * 年度, 单位：万元, 项目名称 …) and the indicator rows below it belong to it.
 * Several tables per sheet, tables anywhere in the sheet, and the long layout (one row
 * per indicator with the project columns repeated) are handled.
 */
import type { CellPos, CellRange, Grid } from "../model/grid.js";
import { type ColumnRole, columnRole, declaredUnit, type FieldKey, fieldKey, isTitle, yearInText, yearLine } from "./labels.js";
import { type ColumnSpec, type IndicatorRowBlock, parseIndicatorRow } from "./rows.js";
import { cellText, filledColumns, labelKey, textAt } from "./text.js";

export type { ColumnSpec, IndicatorRowBlock, RowCells } from "./rows.js";
export type { ColumnRole, FieldKey } from "./labels.js";

export interface FieldCell {
  key: FieldKey;
  /** Label as written (主管部门, 预算资金情况 …). */
  label: string;
  labelPos: CellPos;
  /** Value text as written; "" when the label has no value. */
  text: string;
  /** The value cell; null when there is none. */
  pos: CellPos | null;
}

export interface TableBlock {
  sheet: string;
  layout: "wide" | "long";
  /** Rows and columns the table spans (0-based). */
  range: CellRange;
  title: { text: string; pos: CellPos } | null;
  year: { value: number; pos: CellPos } | null;
  /** 单位：万元 line. */
  declaredUnit: { unit: string; text: string; pos: CellPos } | null;
  fields: FieldCell[];
  header: { rows: number[]; columns: ColumnSpec[] };
  rows: IndicatorRowBlock[];
}

const MAX_HEADER_BLOCK = 40;
const MAX_BLANK_GAP = 3;

interface HeaderHit {
  r: number;
  columns: ColumnSpec[];
  /** Project columns of the long layout (项目名称 … as column headers). */
  fieldColumns: { c: number; key: FieldKey; label: string }[];
}

export function locateTables(grid: Grid): TableBlock[] {
  const bands = columnBands(grid);
  if (bands.length < 2) return locateInBand(grid);
  // Tables side by side, each in its own columns: read each band as if it were alone.
  return bands
    .flatMap(([from, to]) => locateInBand(columnsOf(grid, from, to)))
    .sort((a, b) => a.range.s.r - b.range.s.r || a.range.s.c - b.range.s.c);
}

/**
 * Column bands separated by wholly empty columns, split only where tables stand on both
 * sides (an empty column inside one table, as exports have, is no border).
 */
function columnBands(grid: Grid): [number, number][] {
  let width = 0;
  for (const row of grid.rows) if (row && row.length > width) width = row.length;
  const used = new Uint8Array(width);
  const headerRows: number[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) if (!used[c] && cellText(row[c]) !== "") used[c] = 1;
    if (mayBeHeader(grid, r)) headerRows.push(r);
  }
  if (headerRows.length < 2) return [[0, Infinity]];
  const hasTable = (from: number, to: number) => headerRows.some((r) => headerAt(columnsOfRow(grid, r, from, to), 0) !== null);
  const bands: [number, number][] = [];
  let start = 0;
  for (let c = 1; c < width; c++) {
    if (used[c] || !used[c - 1]) continue;
    // c is the first empty column after content: a border if tables stand left of it and right of the gap.
    let next = c;
    while (next < width && !used[next]) next++;
    if (next < width && hasTable(start, c) && hasTable(next, Infinity)) {
      bands.push([start, next]);
      start = next;
    }
  }
  bands.push([start, Infinity]);
  return bands;
}

/** One row of a grid, cut to columns [from, to), as a one-row grid. */
function columnsOfRow(grid: Grid, r: number, from: number, to: number): Grid {
  const row = grid.rows[r] ?? [];
  return { sheet: grid.sheet, rows: [row.map((cell, c) => (c >= from && c < to ? cell : undefined))], merges: [] };
}

function locateInBand(grid: Grid): TableBlock[] {
  const blocks: TableBlock[] = [];
  let prevEnd = -1;
  let r = 0;
  while (r < grid.rows.length) {
    const hit = headerAt(grid, r);
    if (!hit) {
      r++;
      continue;
    }
    const found: TableBlock[] = [];
    for (const [from, to] of sideBySide(hit)) {
      // Tables side by side share their rows: each is read in its own columns.
      const view = from === 0 && to === Infinity ? grid : columnsOf(grid, from, to);
      const own = view === grid ? hit : headerAt(view, r);
      if (!own) continue;
      if (own.fieldColumns.some((f) => f.key === "name")) found.push(...longBlocks(view, own, prevEnd));
      else found.push(wideBlock(view, own, prevEnd));
    }
    const last = blocks[blocks.length - 1];
    const [only] = found;
    if (found.length === 1 && last && only.layout === "wide" && last.layout === "wide" && headless(only) && hit.r - last.range.e.r <= 4) {
      // A second indicator block with no header of its own (长期 then 年度绩效指标): same table.
      const label = (b: TableBlock, r: number) => sectionLabel(grid, b, r);
      if (last.header.rows.length === 1) for (const row of last.rows) row.section ??= label(last, last.header.rows[0]);
      for (const row of only.rows) row.section = label(only, hit.r);
      last.rows.push(...only.rows);
      last.header.rows.push(...only.header.rows);
      last.range = {
        s: { r: last.range.s.r, c: Math.min(last.range.s.c, only.range.s.c) },
        e: { r: Math.max(last.range.e.r, only.range.e.r), c: Math.max(last.range.e.c, only.range.e.c) },
      };
    } else {
      for (const b of found) blocks.push(b);
    }
    const end = Math.max(hit.r, ...found.map((b) => b.range.e.r));
    prevEnd = end;
    r = end + 1;
  }
  const unanchored = headerlessTables(grid, blocks);
  return unanchored.length ? [...blocks, ...unanchored].sort((a, b) => a.range.s.r - b.range.s.r || a.range.s.c - b.range.s.c) : blocks;
}

/**
 * Tables whose indicator header pbm does not recognise, found by a name with money or a
 * goal: they come out with no indicators (and an issue saying so) instead of being passed
 * over in silence. A cover sheet has no such fields and yields nothing.
 */
function headerlessTables(grid: Grid, blocks: TableBlock[]): TableBlock[] {
  const covered = new Uint8Array(grid.rows.length);
  for (const b of blocks) covered.fill(1, Math.max(0, b.range.s.r), Math.min(grid.rows.length, b.range.e.r + 1));
  const out: TableBlock[] = [];
  let r = 0;
  while (r < grid.rows.length) {
    if (covered[r] || !hasNameField(grid, r)) {
      r++;
      continue;
    }
    let from = r;
    while (from > 0 && r - from < 10 && !covered[from - 1]) from--;
    let to = r + 1;
    for (let blank = 0; to < grid.rows.length && to - r < MAX_HEADER_BLOCK && !covered[to] && blank < MAX_BLANK_GAP; to++) {
      blank = filledColumns(grid, to).length ? 0 : blank + 1;
    }
    const head = headerBlock(grid, from, to);
    const named = head.fields.some((f) => f.key === "name" && f.text !== "");
    const substance = head.fields.some((f) => (f.key === "budget" || f.key === "goalYear" || f.key === "goalTotal") && f.text !== "");
    if (!named || !substance) {
      r++;
      continue;
    }
    const last = Math.max(...head.fields.map((f) => Math.max(f.labelPos.r, f.pos?.r ?? 0)));
    out.push({
      sheet: grid.sheet,
      layout: "wide",
      range: spanOf(grid, head.start, last),
      title: head.title,
      year: head.year,
      declaredUnit: head.declaredUnit,
      fields: head.fields,
      header: { rows: [], columns: [] },
      rows: [],
    });
    r = last + 1;
  }
  return out;
}

function hasNameField(grid: Grid, r: number): boolean {
  const row = grid.rows[r];
  if (!row) return false;
  for (const cell of row) {
    if (!cell || cell.t !== "s" || typeof cell.v !== "string" || !cell.v.includes("名称")) continue;
    if (labelIn(cell.v)?.key === "name") return true;
  }
  return false;
}

function headless(b: TableBlock): boolean {
  return b.fields.length === 0 && !b.title && !b.year && !b.declaredUnit;
}

/** What an indicator block is called: its 绩效指标 cell ("年度绩效指标") or the line above its header. */
function sectionLabel(grid: Grid, b: TableBlock, headerRow: number): string | undefined {
  const own = b.header.columns.find((c) => c.role === "section" && labelKey(c.label) !== "绩效指标" && labelKey(c.label) !== "指标");
  if (own) return own.label;
  const above = filledColumns(grid, headerRow - 1);
  if (above.length === 1) {
    const text = textAt(grid, headerRow - 1, above[0]);
    if (/指标|目标/.test(text) && text.length <= 20) return text;
  }
  return undefined;
}

/**
 * Column windows of the tables whose headers share this row: a second 一级指标 (or
 * 绩效指标, 三级指标 …) to the right starts another table.
 */
function sideBySide(hit: HeaderHit): [number, number][] {
  const starts = [0];
  let seen = new Set<ColumnRole>();
  for (const col of hit.columns) {
    if (!TABLE_START_ROLES.has(col.role)) continue;
    if (seen.has(col.role)) {
      starts.push(col.c);
      seen = new Set();
    }
    seen.add(col.role);
  }
  return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1] : Infinity]);
}

const TABLE_START_ROLES = new Set<ColumnRole>(["section", "level1", "level2", "name"]);

function columnsOf(grid: Grid, from: number, to: number): Grid {
  return {
    sheet: grid.sheet,
    rows: grid.rows.map((row) => (row ? row.map((cell, c) => (c >= from && c < to ? cell : undefined)) : row)),
    merges: grid.merges.filter((m) => m.s.c >= from && m.s.c < to),
  };
}

/** Every indicator header names its 三级 column with 指标 or 三级 in it; most rows can be skipped on that. */
function mayBeHeader(grid: Grid, r: number): boolean {
  const row = grid.rows[r];
  if (!row) return false;
  for (const cell of row) if (cell && cell.t === "s" && typeof cell.v === "string" && (cell.v.includes("指标") || cell.v.includes("三级"))) return true;
  return false;
}

function headerAt(grid: Grid, r: number): HeaderHit | null {
  if (!mayBeHeader(grid, r)) return null;
  const cols = filledColumns(grid, r);
  if (cols.length < 2) return null;
  const columns: ColumnSpec[] = [];
  const fieldColumns: HeaderHit["fieldColumns"] = [];
  const roles = new Set<ColumnRole>();
  for (const c of cols) {
    const label = textAt(grid, r, c);
    const role = columnRole(label);
    if (role) {
      columns.push({ c, role, label });
      roles.add(role);
      continue;
    }
    const key = fieldKey(label);
    if (key) {
      fieldColumns.push({ c, key, label });
      columns.push({ c, role: "project", label });
    } else columns.push({ c, role: "extra", label });
  }
  // "一级指标 | 二级指标 | 指标 | 指标值": a bare 指标 right of the levels is the 三级 column.
  if (!roles.has("name") && (roles.has("level1") || roles.has("level2"))) {
    const lastLevel = Math.max(...columns.filter((col) => col.role === "level1" || col.role === "level2").map((col) => col.c));
    const bare = columns.find((col) => col.role === "section" && col.c > lastLevel);
    if (bare) {
      bare.role = "name";
      roles.add("name");
    }
  }
  if (!roles.has("name") || !(roles.has("level1") || roles.has("level2") || roles.has("value"))) return null;
  // 指标值 merged over two columns with no 单位 header: the second column holds the unit.
  const value = columns.find((col) => col.role === "value");
  const merge = value && grid.merges.find((m) => m.s.r <= r && m.e.r >= r && m.s.c === value.c && m.e.c > value.c);
  if (value && merge && !roles.has("unit") && !columns.some((col) => col.c === value.c + 1)) {
    columns.push({ c: value.c + 1, role: "unit", label: value.label });
    columns.sort((a, b) => a.c - b.c);
  }
  return { r, columns, fieldColumns };
}

/** A second header row under a merged 指标值: 中期 | 年度. */
function subHeader(grid: Grid, hit: HeaderHit): ColumnSpec[] | null {
  const r = hit.r + 1;
  const cols = filledColumns(grid, r);
  if (!cols.length) return null;
  const subs: ColumnSpec[] = [];
  for (const c of cols) {
    const label = textAt(grid, r, c);
    const role = columnRole(label);
    if (!role || role === "section") return null;
    subs.push({ c, role, label });
  }
  return subs;
}

function mergeHeader(hit: HeaderHit, subs: ColumnSpec[] | null): ColumnSpec[] {
  const byCol = new Map<number, ColumnSpec>();
  for (const col of hit.columns) byCol.set(col.c, col);
  for (const s of subs ?? []) byCol.set(s.c, s);
  const out = [...byCol.values()].sort((a, b) => a.c - b.c);
  // A column role appears once; a second 指标值-like column is kept as an extra.
  const seen = new Set<ColumnRole>();
  return out.map((col) => {
    if (col.role === "extra" || col.role === "section" || col.role === "project") return col;
    if (seen.has(col.role)) return { ...col, role: "extra" };
    seen.add(col.role);
    return col;
  });
}

function stopsBlock(grid: Grid, r: number): boolean {
  if (headerAt(grid, r)) return true;
  const cols = filledColumns(grid, r);
  if (!cols.length) return false;
  const first = textAt(grid, r, cols[0]);
  return isTitle(first) || (fieldKey(first) !== null && fieldKey(first) !== "other" ? cols.length <= 3 || cols[0] === 0 : false);
}

/** Indicator rows from `start` down, over blank lines when real indicator rows follow. */
function indicatorRows(grid: Grid, start: number, columns: ColumnSpec[], limit = grid.rows.length): IndicatorRowBlock[] {
  const rows: IndicatorRowBlock[] = [];
  let r = start;
  while (r < limit) {
    if (filledColumns(grid, r).length === 0) {
      let next = r;
      while (next < limit && filledColumns(grid, next).length === 0 && next - r < MAX_BLANK_GAP) next++;
      if (next >= limit || filledColumns(grid, next).length === 0 || stopsBlock(grid, next)) break;
      const p = parseIndicatorRow(grid, next, columns);
      if (!p || !p.strong || p.cost >= 3) break;
      r = next;
      continue;
    }
    if (stopsBlock(grid, r)) break;
    const p = parseIndicatorRow(grid, r, columns);
    if (!p) break;
    rows.push(p.row);
    r++;
  }
  return rows;
}

function wideBlock(grid: Grid, hit: HeaderHit, prevEnd: number): TableBlock {
  const subs = subHeader(grid, hit);
  const columns = mergeHeader(hit, subs);
  const headerRows = subs ? [hit.r, hit.r + 1] : [hit.r];
  const rows = indicatorRows(grid, hit.r + headerRows.length, columns);
  const regionStart = Math.max(prevEnd + 1, hit.r - MAX_HEADER_BLOCK);
  const head = headerBlock(grid, regionStart, hit.r);
  const lastRow = rows.length ? rows[rows.length - 1].r : headerRows[headerRows.length - 1];
  return {
    sheet: grid.sheet,
    layout: "wide",
    range: spanOf(grid, head.start, lastRow),
    title: head.title,
    year: head.year,
    declaredUnit: head.declaredUnit,
    fields: head.fields,
    header: { rows: headerRows, columns },
    rows,
  };
}

interface HeadBlock {
  start: number;
  title: TableBlock["title"];
  year: TableBlock["year"];
  declaredUnit: TableBlock["declaredUnit"];
  fields: FieldCell[];
}

/** A label cell: "主管部门", or "项目名称：城市绿化" with its value in the same cell. */
function labelIn(text: string): { key: FieldKey; label: string; value: string | null } | null {
  const key = fieldKey(text);
  if (key) return { key, label: text, value: null };
  const m = /^\s*([^:：]{2,16}?)\s*[:：]\s*(\S.*)$/s.exec(text);
  if (!m) return null;
  const k = fieldKey(m[1]);
  return k ? { key: k, label: m[1].trim(), value: m[2].trim() } : null;
}

const TOTAL_ROW = /^(金额)?(合计|总计|小计合计)$/;

/**
 * The value of a label with nothing to its right: the cell below it (中期目标 over its text),
 * or, in a table of amounts (年度主要任务 … 预算申请总额), the 合计 row's cell in its column.
 */
function valueBelow(grid: Grid, r: number, c: number, to: number): CellPos | null {
  for (let rr = r + 1; rr < to; rr++) {
    const first = filledColumns(grid, rr)[0];
    if (first !== undefined && first < c && TOTAL_ROW.test(labelKey(textAt(grid, rr, first)))) return textAt(grid, rr, c) ? { r: rr, c } : null;
  }
  if (r + 1 >= to) return null;
  const below = textAt(grid, r + 1, c);
  return below !== "" && !labelIn(below) && !isTitle(below) ? { r: r + 1, c } : null;
}

/** The title, year, unit and label/value fields between the previous table and this header row. */
function headerBlock(grid: Grid, from: number, to: number): HeadBlock {
  let nameRow = -1;
  let firstField = -1;
  for (let r = from; r < to; r++) {
    for (const c of filledColumns(grid, r)) {
      const hit = labelIn(textAt(grid, r, c));
      if (hit?.key === "name") nameRow = r;
      if (hit && firstField < 0) firstField = r;
    }
  }
  const anchor = nameRow >= 0 ? nameRow : firstField >= 0 ? firstField : to;
  let title: HeadBlock["title"] = null;
  for (let r = anchor; r >= from && anchor - r <= 10; r--) {
    const c = filledColumns(grid, r).find((c) => isTitle(textAt(grid, r, c)));
    if (c !== undefined) {
      title = { text: textAt(grid, r, c), pos: { r, c } };
      break;
    }
  }
  // Fields may sit above the name line (a 年度 row), but not above the title or before the first field.
  const start = title ? title.pos.r : firstField >= 0 ? Math.min(firstField, anchor) : to;
  let year: HeadBlock["year"] = null;
  let unit: HeadBlock["declaredUnit"] = null;
  const fields: FieldCell[] = [];
  for (let r = start; r < to; r++) {
    const cols = filledColumns(grid, r);
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const text = textAt(grid, r, c);
      const u = declaredUnit(text);
      if (u && !unit) {
        unit = { unit: u, text, pos: { r, c } };
        continue;
      }
      const y = yearLine(text);
      if (y && !year && fieldKey(text) === null) {
        year = { value: y, pos: { r, c } };
        continue;
      }
      const hit = labelIn(text);
      if (!hit) continue;
      if (hit.value !== null) {
        fields.push({ key: hit.key, label: hit.label, labelPos: { r, c }, text: hit.value, pos: { r, c } });
        continue;
      }
      const next = cols[i + 1];
      let pos: CellPos | null = null;
      if (next !== undefined && !labelIn(textAt(grid, r, next))) {
        pos = { r, c: next };
        i++;
      } else if (next === undefined || labelIn(textAt(grid, r, next))) {
        pos = valueBelow(grid, r, c, to);
      }
      fields.push({ key: hit.key, label: text, labelPos: { r, c }, text: pos ? textAt(grid, pos.r, pos.c) : "", pos });
    }
  }
  if (!year) {
    // A 年度 field holds the year with or without 年: "2024", "2024年度".
    const fieldYear = (t: string) => yearInText(t) ?? yearLine(t) ?? (/^(?:19|20)\d{2}$/.test(t.trim()) ? Number(t.trim()) : null);
    const y = fields.find((f) => f.key === "year" && fieldYear(f.text));
    if (y?.pos) year = { value: fieldYear(y.text)!, pos: y.pos };
    else if (title && yearInText(title.text)) year = { value: yearInText(title.text)!, pos: title.pos };
  }
  return { start, title, year, declaredUnit: unit, fields };
}

function spanOf(grid: Grid, top: number, bottom: number): CellRange {
  let minC = Infinity;
  let maxC = 0;
  for (let r = top; r <= bottom; r++) {
    const cols = filledColumns(grid, r);
    if (!cols.length) continue;
    minC = Math.min(minC, cols[0]);
    maxC = Math.max(maxC, cols[cols.length - 1]);
  }
  if (minC === Infinity) minC = 0;
  return { s: { r: top, c: minC }, e: { r: bottom, c: maxC } };
}

/**
 * Long layout: one row per indicator, project columns (项目名称, 主管部门, 资金总额,
 * 年度目标 …) repeated on every row or blank meaning "same as above". Consecutive rows
 * of one project become one table.
 */
function longBlocks(grid: Grid, hit: HeaderHit, prevEnd: number): TableBlock[] {
  const columns = mergeHeader(hit, null);
  const rows = indicatorRows(grid, hit.r + 1, columns);
  const regionStart = Math.max(prevEnd + 1, hit.r - MAX_HEADER_BLOCK);
  const head = headerBlock(grid, regionStart, hit.r);
  const nameCol = hit.fieldColumns.find((f) => f.key === "name")!.c;
  const current = new Map<number, CellPos>();
  const groups: { rows: IndicatorRowBlock[]; fields: FieldCell[] }[] = [];
  for (const row of rows) {
    const nameText = textAt(grid, row.r, nameCol);
    const newProject = nameText !== "" && (current.get(nameCol) === undefined || textAt(grid, current.get(nameCol)!.r, nameCol) !== nameText);
    for (const f of hit.fieldColumns) if (textAt(grid, row.r, f.c) !== "") current.set(f.c, { r: row.r, c: f.c });
    if (newProject || !groups.length) {
      groups.push({ rows: [], fields: [] });
    }
    const g = groups[groups.length - 1];
    if (!g.fields.length || newProject) {
      g.fields = hit.fieldColumns.map((f) => {
        const pos = current.get(f.c) ?? null;
        return { key: f.key, label: f.label, labelPos: { r: hit.r, c: f.c }, text: pos ? textAt(grid, pos.r, pos.c) : "", pos };
      });
    }
    g.rows.push(row);
  }
  if (!groups.length) groups.push({ rows: [], fields: [] });
  return groups.map((g, i) => {
    const top = i === 0 ? head.start : g.rows[0].r;
    const bottom = g.rows.length ? g.rows[g.rows.length - 1].r : hit.r;
    return {
      sheet: grid.sheet,
      layout: "long" as const,
      range: spanOf(grid, Math.min(top, hit.r), bottom),
      title: head.title,
      year: head.year,
      declaredUnit: head.declaredUnit,
      fields: [...g.fields, ...head.fields],
      header: { rows: [hit.r], columns },
      rows: g.rows,
    };
  });
}
