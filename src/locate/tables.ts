/**
 * Stage 5: tables. Every header band anchors a table: its header fields are the rows between the previous
 * table and the band, its indicator rows follow the band. A band with nothing of its own above it right after
 * a table continues that table (长期 then 年度 indicator blocks, a header repeated at a page break). The long
 * layout (project columns beside the indicator columns) is split into one table per project. A region with a
 * name and money or a goal but no recognisable indicator header still becomes a table, with no indicators,
 * so that a table pbm cannot read is reported instead of passed over in silence.
 */
import type { CellRange } from "../model/grid.js";
import type { FieldCell, IndicatorRowBlock, TableBlock } from "../model/located.js";
import { columnLayout, sampleRows, type ColumnLayout } from "./column-roles.js";
import { anchorRows, bandAt, type HeaderBand } from "./header-bands.js";
import { hasOwnHeader, headerFields, type HeaderBlock } from "./header-fields.js";
import { readIndicatorRows } from "./indicator-rows.js";
import type { SheetView } from "./sheet.js";
import { isTitle } from "./vocabulary.js";
import { labelKey } from "../grammar/index.js";

const MAX_HEADER_ROWS = 40;
const CONTINUATION_GAP = 4;

export function tablesOfView(view: SheetView): TableBlock[] {
  const anchors = anchorRows(view);
  const anchorSet = new Set(anchors);
  const isAnchor = (r: number) => anchorSet.has(r);
  const blocks: TableBlock[] = [];
  let prevEnd = -1;
  for (const anchor of anchors) {
    if (anchor <= prevEnd) continue;
    const band = bandAt(view, anchor);
    const bandTop = band.rows[0];
    const bandEnd = band.rows[band.rows.length - 1];
    const layout = columnLayout(view, band, sampleRows(view, band, isAnchor));
    const signature = bandSignature(view, band);
    const sameHeader = (r: number) => bandSignature(view, bandAt(view, r)) === signature;
    const reading = readIndicatorRows(view, bandEnd + 1, layout, isAnchor, sameHeader);
    const from = Math.max(prevEnd + 1, bandTop - MAX_HEADER_ROWS);
    const head = headerFields(view, from, bandTop);
    const end = Math.max(bandEnd, reading.end);
    const last = blocks[blocks.length - 1];
    if (last && last.layout === "wide" && layout.project.length === 0 && !hasOwnHeader(head) && bandTop - last.range.e.r <= CONTINUATION_GAP) {
      continueTable(view, last, band, reading.rows, reading.skipped, end, layout);
    } else if (layout.project.some((p) => p.field === "name")) {
      blocks.push(...longTables(view, band, layout, reading.rows, head, end));
    } else {
      const block: TableBlock = {
        sheet: view.sheet,
        layout: "wide",
        range: spanOf(view, Math.min(head.start, bandTop), end),
        title: head.title,
        year: head.year,
        declaredUnit: head.declaredUnit,
        fields: head.fields,
        header: { rows: band.rows, columns: layout.columns },
        rows: reading.rows,
        skipped: reading.skipped,
      };
      layouts.set(block, { layout, band });
      blocks.push(block);
    }
    prevEnd = end;
  }
  const unanchored = headerOnlyTables(view, blocks);
  return unanchored.length ? [...blocks, ...unanchored].sort((a, b) => a.range.s.r - b.range.s.r || a.range.s.c - b.range.s.c) : blocks;
}

function bandSignature(view: SheetView, band: HeaderBand): string {
  return [...band.paths.entries()].map(([c, p]) => `${c}:${p.map(labelKey).join(">")}`).join("|");
}

/** What an indicator block is called: its own section label (年度绩效指标), or the short line above its header. */
function sectionLabel(view: SheetView, layout: ColumnLayout, band: HeaderBand): string | undefined {
  const own = layout.columns.find((c) => c.role === "section" && !/^(绩效指标|指标)$/u.test(labelKey(c.label)));
  if (own) return own.label;
  // A group row of one label over the whole header (年度绩效指标 above 一级指标 | 二级指标 …).
  if (band.rows.length > 1 && band.rows[0] !== band.anchor) {
    const top = view.filled(band.rows[0]);
    if (top.length === 1) return view.text(band.rows[0], top[0]);
  }
  const above = band.rows[0] - 1;
  const cols = view.filled(above);
  if (cols.length === 1) {
    const text = view.text(above, cols[0]);
    if (/指标|目标/u.test(text) && text.length <= 20 && !isTitle(text)) return text;
  }
  return undefined;
}

const layouts = new WeakMap<TableBlock, { layout: ColumnLayout; band: HeaderBand }>();

function continueTable(view: SheetView, last: TableBlock, band: HeaderBand, rows: IndicatorRowBlock[], skipped: TableBlock["skipped"], end: number, layout: ColumnLayout): void {
  const first = layouts.get(last);
  if (first && !last.rows.some((r) => r.section)) {
    const label = sectionLabel(view, first.layout, first.band);
    if (label) for (const row of last.rows) row.section ??= label;
  }
  const label = sectionLabel(view, layout, band);
  for (const row of rows) if (label) row.section = label;
  last.rows.push(...rows);
  last.skipped.push(...skipped);
  last.header.rows.push(...band.rows);
  const span = spanOf(view, band.rows[0], end);
  last.range = {
    s: { r: last.range.s.r, c: Math.min(last.range.s.c, span.s.c) },
    e: { r: Math.max(last.range.e.r, end), c: Math.max(last.range.e.c, span.e.c) },
  };
}

/**
 * The long layout: one row per indicator, project columns (项目名称, 单位名称, 预算数, 年度目标) repeated on
 * every row or blank meaning "same as above". A new text in the name column starts a new project.
 */
function longTables(view: SheetView, band: HeaderBand, layout: ColumnLayout, rows: IndicatorRowBlock[], head: HeaderBlock, end: number): TableBlock[] {
  const nameCol = layout.project.find((p) => p.field === "name")!.c;
  const bandEnd = band.rows[band.rows.length - 1];
  const current = new Map<number, { r: number; c: number }>();
  const groups: { rows: IndicatorRowBlock[]; fields: FieldCell[]; top: number }[] = [];
  let rowIndex = 0;
  let unitLine: { r: number; c: number } | null = null;
  for (let r = bandEnd + 1; r <= end; r++) {
    const nameText = view.text(r, nameCol);
    const starts = nameText !== "" && (groups.length === 0 || groupName(view, groups[groups.length - 1], nameCol) !== nameText);
    for (const p of layout.project) if (view.text(r, p.c) !== "") current.set(p.c, { r, c: p.c });
    const row = rows[rowIndex]?.r === r ? rows[rowIndex++] : null;
    // A line with nothing but a name and no indicator (某县交通运输局 above its projects, in a 单位名称、项目名称
    // column) names the unit of the projects below it, not a project.
    const filled = view.filled(r);
    if (starts && !row && filled.length === 1 && filled[0] === nameCol && r < end) {
      unitLine = { r, c: nameCol };
      continue;
    }
    if (starts) {
      const label = layout.project.find((p) => p.c === nameCol)!.label;
      groups.push({
        rows: [],
        top: r,
        fields: [
          ...layout.project.map((p) => {
            const pos = current.get(p.c) ?? null;
            return { key: p.field, label: p.label, labelPos: { r: band.anchor, c: p.c }, text: pos ? view.text(pos.r, pos.c) : "", pos };
          }),
          ...(unitLine ? [{ key: "department" as const, label, labelPos: { r: band.anchor, c: nameCol }, text: view.text(unitLine.r, unitLine.c), pos: unitLine }] : []),
        ],
      });
    }
    if (row && groups.length) groups[groups.length - 1].rows.push(row);
  }
  if (!groups.length) groups.push({ rows: [], fields: [], top: bandEnd });
  return groups.map((g, i) => {
    const top = i === 0 ? Math.min(head.start, band.rows[0]) : g.top;
    const bottom = g.rows.length ? g.rows[g.rows.length - 1].r : g.top;
    return {
      sheet: view.sheet,
      layout: "long" as const,
      range: spanOf(view, top, bottom),
      title: head.title,
      year: head.year,
      declaredUnit: head.declaredUnit,
      fields: [...g.fields, ...head.fields],
      header: { rows: band.rows, columns: layout.columns },
      rows: g.rows,
      skipped: [],
    };
  });
}

function groupName(view: SheetView, g: { fields: FieldCell[] }, nameCol: number): string {
  const f = g.fields.find((x) => x.labelPos.c === nameCol);
  return f?.text ?? "";
}

/**
 * Regions outside every table that hold a name with money or a goal: tables whose indicator header pbm does
 * not recognise. Each title line starts a candidate.
 */
function headerOnlyTables(view: SheetView, blocks: TableBlock[]): TableBlock[] {
  const covered = new Uint8Array(view.rowCount);
  for (const b of blocks) covered.fill(1, Math.max(0, b.range.s.r), Math.min(view.rowCount, b.range.e.r + 1));
  const out: TableBlock[] = [];
  let r = 0;
  while (r < view.rowCount) {
    if (covered[r]) {
      r++;
      continue;
    }
    let to = r;
    while (to < view.rowCount && !covered[to] && (to === r || !startsTable(view, to))) to++;
    const head = headerFields(view, r, to);
    const named = head.fields.some((f) => f.key === "name" && f.text !== "");
    const substance = head.fields.some((f) => (f.key === "budget" || f.key === "goalYear" || f.key === "goalTotal") && f.text !== "");
    if (named && substance) {
      const last = Math.max(...head.fields.map((f) => Math.max(f.labelPos.r, f.pos?.r ?? 0)));
      out.push({
        sheet: view.sheet,
        layout: "wide",
        range: spanOf(view, head.start, last),
        title: head.title,
        year: head.year,
        declaredUnit: head.declaredUnit,
        fields: head.fields,
        header: { rows: [], columns: [] },
        rows: [],
        skipped: [],
      });
    }
    r = to;
  }
  return out;
}

function startsTable(view: SheetView, r: number): boolean {
  const f = view.filled(r);
  return f.length > 0 && isTitle(view.text(r, f[0]));
}

export function spanOf(view: SheetView, top: number, bottom: number): CellRange {
  let minC = Infinity;
  let maxC = 0;
  for (let r = top; r <= bottom; r++) {
    const cols = view.filled(r);
    if (!cols.length) continue;
    minC = Math.min(minC, cols[0]);
    maxC = Math.max(maxC, cols[cols.length - 1]);
  }
  if (minC === Infinity) minC = 0;
  return { s: { r: top, c: minC }, e: { r: bottom, c: maxC } };
}

