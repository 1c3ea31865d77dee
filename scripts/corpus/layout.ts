/**
 * Where a printed table had merged cells, guessed from its text (for the workbook renders only).
 *
 * A fixture-generator heuristic, deliberately simple and independent of src/locate: it must not
 * share the reader's mistakes, and a render it gets slightly wrong is still a plausible export.
 * When unsure it does not merge. The rules (fixtures/corpus/README.md repeats them):
 *
 * 1. Row kinds. A row with a cell such as 一级指标 / 二级指标 / 三级指标 / 指标类型 / 指标名称 /
 *    指标值 / 指标目标值 and at least three filled cells is an indicator header row; the rows after
 *    it are its indicator block, up to a blank row or a row whose only filled cell is in column A
 *    (a footer such as 注:… or the next table's title). Every other row is a header row.
 * 2. Down: an empty cell left of its row's first filled cell continues the cell above it (a label
 *    spanning several rows: 绩效指标, 一级/二级 names, 资金情况 over its 其中 lines, 总体目标 over
 *    its text). In an indicator block an empty cell of a 一级/二级/指标类型 column also continues the
 *    level name above it when the row has something further right (10: 二级 of the 年度 half).
 *    A blank row ends every such span.
 * 3. Across, header rows: the row's last filled cell is merged to the table's right edge; when the
 *    line ends in empty fields, those empty fields are one empty merged box instead (the printed
 *    value box of a label with no value). A row that continues the one above (rule 2) is merged
 *    across only when the row above has nothing further right. The indicators' header row: its
 *    last label is merged over the columns its block uses beyond it (12: 績效標準 over 優 良 中 差).
 *    A cell that starts a span down is never merged across.
 */

export interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export type RowKind = "blank" | "header" | "indicator-header" | "indicator";

export interface Layout {
  /** Columns of the widest line. */
  width: number;
  kinds: RowKind[];
  merges: Range[];
}

/** Inline pinyin as in 指標(biāo)類型; dropped before matching labels. */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gi;
const HEADER_LABEL = /^(?:[一二三][级級]指[标標]|指[标標](?:[类類]型|名[称稱]|[值値])|指[标標]目[标標][值値])/;
const LEVEL_LABEL = /^(?:[一二][级級]指[标標]|指[标標][类類]型)/;

const label = (s: string) => s.normalize("NFKC").replace(PINYIN, "").replace(/\s+/g, "");

function merge(r1: number, c1: number, r2: number, c2: number): Range {
  return { s: { r: r1, c: c1 }, e: { r: r2, c: c2 } };
}

export function inferLayout(rows: string[][]): Layout {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const text = (r: number, c: number) => rows[r]?.[c] ?? "";
  /** Holds something to show (a lone space does not; it still is not "empty" for a merge). */
  const filled = (r: number, c: number) => text(r, c).trim() !== "";
  const empty = (r: number, c: number) => text(r, c) === "";
  const filledCols = (r: number) => rows[r].flatMap((_, c) => (filled(r, c) ? [c] : []));

  // 1. row kinds, and the level columns of each indicator block
  const kinds: RowKind[] = [];
  const levelCols: (Set<number> | undefined)[] = [];
  let block: Set<number> | undefined;
  rows.forEach((row, r) => {
    const cols = filledCols(r);
    if (cols.length === 0) {
      kinds.push("blank");
      block = undefined;
    } else if (cols.length >= 3 && row.some((s) => HEADER_LABEL.test(label(s)))) {
      kinds.push("indicator-header");
      block = new Set(row.flatMap((s, c) => (LEVEL_LABEL.test(label(s)) ? [c] : [])));
    } else if (block && !(cols.length === 1 && cols[0] === 0)) {
      kinds.push("indicator");
    } else {
      kinds.push("header");
      block = undefined;
    }
    levelCols.push(kinds[r] === "indicator" ? block : undefined);
  });

  // 2. spans down
  const merges: Range[] = [];
  const spanTops = new Set<string>();
  /** rows whose leading empty cells continue the row above */
  const continues = new Set<number>();
  for (let c = 0; c < width; c++) {
    let top = -1;
    let end = -1;
    const close = () => {
      if (top >= 0 && end > top) {
        merges.push(merge(top, c, end, c));
        spanTops.add(`${top}:${c}`);
      }
      top = end = -1;
    };
    for (let r = 0; r < rows.length; r++) {
      if (kinds[r] === "blank") {
        close();
        continue;
      }
      if (!empty(r, c)) {
        close();
        if (filled(r, c)) top = end = r;
        continue;
      }
      const cols = filledCols(r);
      const leading = c < cols[0];
      const level =
        kinds[r] === "indicator" && levelCols[r]?.has(c) === true && top >= 0 && kinds[top] === "indicator" && levelCols[top] === levelCols[r] && cols.some((k) => k > c);
      if (top >= 0 && end === r - 1 && (leading || level)) {
        end = r;
        if (leading) continues.add(r);
      } else close();
    }
    close();
  }

  // 3. across: header rows; the indicators' header row over its block's columns
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cols = filledCols(r);
    const last = cols[cols.length - 1];
    if (kinds[r] === "indicator-header") {
      let right = last;
      for (let k = r + 1; kinds[k] === "indicator"; k++) right = Math.max(right, ...filledCols(k));
      if (right > last && !spanTops.has(`${r}:${last}`)) merges.push(merge(r, last, r, right));
      continue;
    }
    if (kinds[r] !== "header") continue;
    if (continues.has(r) && r > 0 && filledCols(r - 1).some((k) => k > last)) continue;
    if (last < row.length - 1) {
      // trailing empty fields: the empty value box, merged when nothing hides under it
      const from = last + 1;
      if (width - 1 > from && row.slice(from + 1).every((s) => s === "")) merges.push(merge(r, from, r, width - 1));
    } else if (last < width - 1 && !spanTops.has(`${r}:${last}`)) {
      merges.push(merge(r, last, r, width - 1));
    }
  }
  merges.sort((a, b) => a.s.r - b.s.r || a.s.c - b.s.c);
  return { width, kinds, merges };
}
