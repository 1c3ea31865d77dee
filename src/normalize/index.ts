/**
 * Located blocks → typed table and indicator records. Each value keeps the A1 cell it came from; every value
 * is read with the one value grammar. Never throws: what cannot be read becomes a ParseIssue with its location.
 */
import { a1, rangeA1 } from "../model/a1.js";
import type { CellPos, Grid, Workbook } from "../model/grid.js";
import type { FieldCell, TableBlock } from "../model/located.js";
import type { HeaderField, Indicator, IndicatorCells, Money, ParseIssue, Table, TableKind } from "../model/records.js";
import type { ParsedValue } from "../model/value.js";
import { labelKey, parseDateSpan, parseOperatorCell, parseValue, parseValueCell, unitInName } from "../grammar/index.js";
import { cellText, locateTables } from "../locate/index.js";
import { canonicalLevel1, canonicalLevel2 } from "../locate/levels.js";
import { unitInLabel } from "../locate/vocabulary.js";
import { deadlineOfCell } from "./deadline.js";
import { mergedTopLeft } from "./merges.js";
import { parseMoney } from "./money.js";

export { parseDeadline } from "./deadline.js";

export function normalizeWorkbook(wb: Workbook): Table[] {
  return normalizeWorkbookBlocks(wb).map((t) => t.table);
}

/** Each table with the block and grid it was read from (the page in the browser draws the sheet from them). */
export function normalizeWorkbookBlocks(wb: Workbook): { table: Table; block: TableBlock; grid: Grid }[] {
  const out: { table: Table; block: TableBlock; grid: Grid }[] = [];
  for (const grid of wb.grids) {
    let blocks: TableBlock[];
    try {
      blocks = locateTables(grid);
    } catch {
      continue;
    }
    for (const block of blocks) out.push({ table: normalizeBlock(block, grid), block, grid });
  }
  return out;
}

export function normalizeBlock(block: TableBlock, grid: Grid): Table {
  try {
    return build(block, grid);
  } catch (err) {
    const at = block.range?.s ?? { r: 0, c: 0 };
    return {
      ...emptyTable(block, grid),
      issues: [{ code: "internal", text: (err as Error)?.message ?? String(err), location: loc(grid.sheet, at) }],
    };
  }
}

function emptyTable(block: TableBlock, grid: Grid): Table {
  return {
    kind: "unknown",
    title: block.title?.text ?? null,
    name: block.title?.text ?? `${grid.sheet} 绩效目标表`,
    year: null,
    department: null,
    implementer: null,
    budget: null,
    budgetItems: [],
    goal: null,
    goals: [],
    declaredUnit: null,
    period: null,
    fields: [],
    location: { sheet: grid.sheet, range: block.range ? rangeA1(block.range.s, block.range.e) : "A1:A1" },
    indicators: [],
    issues: [],
  };
}

function loc(sheet: string, p: CellPos): ParseIssue["location"] {
  return { sheet, row: p.r + 1, cell: a1(p.r, p.c) };
}

/**
 * "沈阳市科学技术局-" → "沈阳市科学技术局": the budget system's trailing separator;
 * "[108]某县农业农村局", "813-潼南区五桂镇", "820001-井研县马踏镇人民政府" → the name without its code.
 */
export function tidyOrg(text: string): string | null {
  const t = text
    .replace(/[\s\-－—–]+$/u, "")
    .replace(/^\s*[[［(（]\d+[\]］)）]\s*/u, "")
    .replace(/^\s*\d{2,}\s*[-－—–]\s*/u, "")
    .trim();
  return t || null;
}

/**
 * The table's own 主管部门: an unprefixed one (主管部门, 业务主管部门), else the most local level of a transfer
 * table's chain (区县级 over 市级 over 省级 over 中央).
 */
function ownDepartment(fields: FieldCell[]): FieldCell | null {
  const rank = (label: string) => {
    const k = labelKey(label);
    if (/^中央/u.test(k)) return 0;
    if (/^(省级|省)/u.test(k)) return 1;
    if (/^(市级|市|地市)/u.test(k)) return 2;
    // 地方主管部门 beside 中央主管部门: the local one, whatever its level.
    if (/^(区县|县级|县|区级|区|地方)/u.test(k)) return 3;
    return 4;
  };
  let best: FieldCell | null = null;
  for (const f of fields) if (f.key === "department" && f.text !== "" && (!best || rank(f.label) > rank(best.label))) best = f;
  return best;
}

/** How much a budget label says "this year's money": 年度资金总额 and 预算申报数 over 项目总投资 and 中期资金. */
function budgetRank(label: string): number {
  const k = labelKey(label);
  if (/中期|实施期|实施周期|总投资|总预算|项目总投入/u.test(k)) return 1;
  if (/年度|当年|本年|全年|申报数|预算数|申请|下达/u.test(k)) return 3;
  return 2;
}

function mainBudget(fields: FieldCell[], amount: (f: FieldCell) => number | null): FieldCell | null {
  const budgets = fields.filter((f) => f.key === "budget" && f.text !== "");
  const readable = budgets.filter((f) => amount(f) !== null);
  const pool = readable.length ? readable : budgets;
  let best: FieldCell | null = null;
  for (const f of pool) if (!best || budgetRank(f.label) > budgetRank(best.label)) best = f;
  return best;
}

function kindOf(title: string | null, nameLabel: string | null): TableKind {
  const t = labelKey(title ?? "");
  if (/转移支付|区域绩效目标/u.test(t)) return "transfer";
  if (/部门整体|部门\(单位\)整体|单位整体|整体支出|整体绩效/u.test(t)) return "department";
  if (/项目|政策|专项|一般性/u.test(t)) return "project";
  const n = labelKey(nameLabel ?? "");
  if (/转移支付/u.test(n)) return "transfer";
  if (/^(部门|单位)/u.test(n)) return "department";
  if (/项目|政策|专项|资金/u.test(n)) return "project";
  return title ? "project" : "unknown";
}

/** 二级项目名称 over 项目名称 over the rest; the first non-empty one wins within a rank. */
function nameRank(label: string): number {
  const k = labelKey(label);
  if (/^二级项目/u.test(k)) return 3;
  if (/项目|政策|专项|转移支付|资金/u.test(k)) return 2;
  return 1;
}

function build(block: TableBlock, grid: Grid): Table {
  const sheet = grid.sheet;
  const issues: ParseIssue[] = [];
  const first = (key: FieldCell["key"]) => block.fields.find((f) => f.key === key && f.text !== "") ?? null;
  const names = block.fields.filter((f) => f.key === "name");
  const nameField = names.filter((f) => f.text !== "").sort((a, b) => nameRank(b.label) - nameRank(a.label))[0] ?? names[0] ?? null;
  const table = emptyTable(block, grid);
  table.kind = kindOf(block.title?.text ?? null, nameField?.label ?? null);
  if (nameField?.text) table.name = nameField.text;
  else issues.push({ code: "missing-name", text: nameField?.label ?? null, location: loc(sheet, nameField?.labelPos ?? block.range.s) });
  table.year = block.year?.value ?? null;
  table.department =
    tidyOrg(ownDepartment(block.fields)?.text ?? "") ??
    (table.kind === "department" && nameField?.text ? tidyOrg(nameField.text) : null) ??
    tidyOrg(block.fields.find((f) => f.key === "name" && f !== nameField && /单位|部门/u.test(f.label) && f.text)?.text ?? "");
  table.implementer = tidyOrg(first("implementer")?.text ?? "");
  table.declaredUnit = block.declaredUnit?.unit ?? null;

  const unitOf = (f: FieldCell) => unitInLabel(f.label) ?? (f.group ? unitInLabel(f.group) : null) ?? table.declaredUnit;
  const money = (f: FieldCell): Money => {
    const ref = f.pos ? a1(f.pos.r, f.pos.c) : null;
    const cell = f.pos ? grid.rows[f.pos.r]?.[f.pos.c] : undefined;
    return parseMoney(cell, f.text, ref, unitOf(f));
  };
  const budgetField = mainBudget(block.fields, (f) => money(f).amount);
  if (budgetField) {
    table.budget = money(budgetField);
    if (table.budget.amount === null)
      issues.push({ code: "budget-unreadable", text: budgetField.text, location: loc(sheet, budgetField.pos ?? budgetField.labelPos) });
  }
  table.budgetItems = block.fields
    .filter((f) => (f.key === "budgetItem" || f.key === "budget") && f.text !== "" && f !== budgetField)
    .map((f) => ({ label: f.label, money: money(f) }));
  const field = (f: FieldCell): HeaderField => ({ label: f.label, text: f.text, cell: a1((f.pos ?? f.labelPos).r, (f.pos ?? f.labelPos).c) });
  table.goals = block.fields.filter((f) => (f.key === "goalYear" || f.key === "goalTotal") && f.text !== "").map(field);
  table.goal = (first("goalYear") ?? first("goalTotal"))?.text ?? null;
  table.period = periodOf(block.fields, table.year);
  table.fields = block.fields.map(field);
  table.indicators = indicators(block, grid, table.year, issues);
  if (!table.indicators.length) {
    // Without an indicator header the table's name is the best place to point at.
    const at = block.header.rows.length ? { r: block.header.rows[0], c: block.range.s.c } : (nameField?.pos ?? block.range.s);
    issues.push({ code: "no-indicators", text: table.name, location: loc(sheet, at) });
  }
  for (const s of block.skipped) {
    if (s.reason === "unreadable") issues.push({ code: "row-unreadable", text: rowText(grid, s.r), location: loc(sheet, { r: s.r, c: firstFilled(grid, s.r) }) });
  }
  table.issues = issues;
  return table;
}

function firstFilled(grid: Grid, r: number): number {
  const row = grid.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) if (cellText(row[c]) !== "") return c;
  return 0;
}

function rowText(grid: Grid, r: number): string {
  return (grid.rows[r] ?? [])
    .map((cell) => cellText(cell))
    .filter((t) => t !== "")
    .join(" | ")
    .slice(0, 120);
}

/** 项目期 / 实施期 / 起止时间: one field with a period, or a start and an end field. */
function periodOf(fields: FieldCell[], year: number | null): Table["period"] {
  const periods = fields.filter((f) => f.key === "period" && f.text !== "");
  if (!periods.length) return null;
  const startField = periods.find((f) => /开始/u.test(labelKey(f.label)));
  const endField = periods.find((f) => /完成|结束/u.test(labelKey(f.label)));
  const cellOf = (f: FieldCell) => a1((f.pos ?? f.labelPos).r, (f.pos ?? f.labelPos).c);
  if (startField && endField) {
    const s = parseDateSpan(startField.text, year);
    const e = parseDateSpan(endField.text, year);
    return { label: `${startField.label}—${endField.label}`, text: `${startField.text}—${endField.text}`, cell: cellOf(endField), start: s?.end ?? null, end: e?.end ?? null };
  }
  const f = periods.find((p) => p !== startField && p !== endField) ?? periods[0];
  const span = parseDateSpan(f.text, year);
  return { label: f.label, text: f.text, cell: cellOf(f), start: span?.start ?? null, end: span?.end ?? null };
}

/** Percent spellings to the standard sign; every other unit stays as written. */
function standardUnit(unit: string, family: string | undefined): { unit: string; unitRaw: string | null } {
  const u = unit.trim();
  return family === "percent" && u !== "%" ? { unit: "%", unitRaw: u } : { unit: u, unitRaw: null };
}

/** A value that restates its indicator (资金到位率达100%, 预算支出进度达到90%以上): read what follows the name. */
function withoutName(parsed: ParsedValue, name: string): ParsedValue {
  if (parsed.kind !== "text" || name.length < 2 || !parsed.raw.startsWith(name)) return parsed;
  const rest = parseValue(parsed.raw.slice(name.length));
  return rest.kind === "number" || rest.kind === "range" ? { ...rest, raw: parsed.raw } : parsed;
}

function indicators(block: TableBlock, grid: Grid, year: number | null, issues: ParseIssue[]): Indicator[] {
  const sheet = grid.sheet;
  const out: Indicator[] = [];
  let l1: { raw: string; canon: string } | null = null;
  let l2: { raw: string; canon: string } | null = null;
  const cellAt = (r: number, c: number | undefined) => (c === undefined ? undefined : grid.rows[r]?.[c]);
  for (const row of block.rows) {
    const { r, cells } = row;
    const text = (c: number | undefined) => cellText(cellAt(r, c));
    // An operator, unit or deadline merged down several rows (≥ or % typed once for a block) holds its text
    // in the top-left cell only; it applies to every row it covers. (Not weights: a merged weight is the block's.)
    const shown = (c: number | undefined) => {
      if (c === undefined || text(c) !== "") return text(c);
      const at = mergedTopLeft(grid, r, c);
      return cellText(cellAt(at.r, at.c));
    };
    const l1Text = text(cells.level1);
    const l2Text = text(cells.level2);
    // Blank 一级/二级 mean "same as above"; a new 一级 starts a fresh 二级.
    if (l1Text) {
      l1 = { raw: l1Text, canon: canonicalLevel1(l1Text) ?? l1Text };
      l2 = null;
    }
    if (l2Text) l2 = { raw: l2Text, canon: canonicalLevel2(l2Text) ?? l2Text };
    if (row.kind !== "indicator" || cells.name === undefined) continue;

    const name = text(cells.name);
    const nameRef = a1(r, cells.name);
    const here = { sheet, row: r + 1, cell: nameRef };
    const refs: IndicatorCells = { name: nameRef };
    for (const k of ["level1", "level2", "operator", "value", "unit", "deadline", "weight"] as const) {
      const c = cells[k];
      if (c !== undefined) refs[k] = a1(r, c);
    }
    const valueText = text(cells.value);
    const parsed = withoutName(parseValueCell(cellAt(r, cells.value), valueText), name);
    const opCell = parseOperatorCell(shown(cells.operator));
    // An operator column that holds no operator (定量 / 定性, 正向) leaves the value's own (≥10个) standing.
    const operator = opCell.operator ?? parsed.operator;
    const operatorRaw = opCell.operatorRaw !== null && (opCell.operator !== null || !parsed.operator) ? opCell.operatorRaw : parsed.operatorRaw;

    // The unit: its own column, else the value's tail, else the brackets of the name (实施营造林总面积(亩)).
    const unitColumn = shown(cells.unit);
    const nameUnit = unitInName(name);
    let unit: string | null = null;
    let unitRaw: string | null = null;
    let unitSource: Indicator["unitSource"] = null;
    if (unitColumn) {
      ({ unit, unitRaw } = standardUnit(unitColumn, parsed.unitInfo && parsed.unit === unitColumn ? parsed.unitInfo.family : percentFamily(unitColumn)));
      unitSource = "column";
    } else if (parsed.unit) {
      ({ unit, unitRaw } = standardUnit(parsed.unit, parsed.unitInfo?.family));
      unitSource = "value";
    } else if (nameUnit && (parsed.kind === "number" || parsed.kind === "range")) {
      ({ unit, unitRaw } = standardUnit(nameUnit.raw, nameUnit.family));
      unitSource = "name";
    }
    const value = parsed.kind === "number" ? parsed.number : parsed.kind === "empty" || parsed.kind === "unit-only" || parsed.kind === "operator-only" ? null : (parsed.text ?? parsed.raw);

    // One 完成时限 merged down a block (or the whole table) holds its text in the top-left cell only.
    const deadlineAt = cells.deadline === undefined || text(cells.deadline) !== "" ? { r, c: cells.deadline } : mergedTopLeft(grid, r, cells.deadline);
    const deadline = deadlineOfCell(cellAt(deadlineAt.r, deadlineAt.c), cellText(cellAt(deadlineAt.r, deadlineAt.c)), year);
    if (deadline.text && !deadline.date && deadlineAt.r === r) issues.push({ code: "deadline-unreadable", text: deadline.text, location: loc(sheet, { r, c: cells.deadline! }) });
    const weightText = text(cells.weight);
    const weight = weightText ? Number(weightText.replace(/\s*(分|%)$/u, "")) : NaN;
    if (weightText && !Number.isFinite(weight)) issues.push({ code: "weight-unreadable", text: weightText, location: loc(sheet, { r, c: cells.weight! }) });

    const extra: Record<string, string> = {};
    for (const e of row.extras) {
      const t = cellText(cellAt(r, e.c));
      // "*指标解释": the asterisk marks a required column, it is not part of the name.
      if (t) extra[e.label.replace(/^\s*[*＊★]\s*/u, "")] = t;
    }
    if (row.section) extra["绩效指标"] = row.section;
    if (row.valueInUnitColumn) issues.push({ code: "value-in-unit-column", text: valueText, location: loc(sheet, { r, c: cells.value! }) });
    else if (row.headShift !== 0 || row.tailShift !== 0) issues.push({ code: "row-shifted", text: name, location: here });
    for (const c of row.stray) issues.push({ code: "stray-cell", text: cellText(cellAt(r, c)), location: loc(sheet, { r, c }) });

    out.push({
      level1: l1?.canon ?? null,
      level1Raw: l1?.raw ?? null,
      level2: l2?.canon ?? null,
      level2Raw: l2?.raw ?? null,
      name,
      operator,
      operatorRaw,
      value,
      valueRaw: valueText || null,
      unit,
      deadline: deadline.text,
      deadlineDate: deadline.date,
      weight: Number.isFinite(weight) ? weight : null,
      nature: opCell.nature,
      valueKind: parsed.kind,
      unitSource,
      unitRaw,
      location: here,
      cells: refs,
      extra,
    });
  }
  return out;
}

function percentFamily(unit: string): string | undefined {
  return /^(%|％|百分比|百分率)$/u.test(unit.trim()) ? "percent" : undefined;
}

export { locateTables };
export type { TableBlock };
