/**
 * Located blocks → typed table and indicator records. Each value keeps the A1 cell it
 * came from. Never throws: what cannot be read becomes a ParseIssue with its location.
 */
import { a1, rangeA1 } from "../model/a1.js";
import type { CellPos, Grid, Workbook } from "../model/grid.js";
import type { HeaderField, Indicator, IndicatorCells, Money, ParseIssue, Table, TableKind } from "../model/records.js";
import { type FieldCell, locateTables, type TableBlock } from "../locate/index.js";
import { canonicalLevel1, canonicalLevel2 } from "../locate/levels.js";
import { cellAt, labelKey, textAt } from "../locate/text.js";
import { deadlineOfCell } from "./deadline.js";
import { parseMoney, unitInLabel } from "./money.js";
import { parseOperatorCell, parseValueCell } from "./value.js";

export { parseValue, parseOperatorCell, parseValueCell } from "./value.js";
export { parseDeadline } from "./deadline.js";

export function normalizeWorkbook(wb: Workbook): Table[] {
  const tables: Table[] = [];
  for (const grid of wb.grids) {
    let blocks: TableBlock[];
    try {
      blocks = locateTables(grid);
    } catch {
      continue;
    }
    for (const block of blocks) tables.push(normalizeBlock(block, grid));
  }
  return tables;
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
    name: `${grid.sheet}!${a1(block.range?.s.r ?? 0, block.range?.s.c ?? 0)}`,
    year: null,
    department: null,
    implementer: null,
    budget: null,
    budgetItems: [],
    goal: null,
    goals: [],
    declaredUnit: null,
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
 * "[108]某县农业农村局" → "某县农业农村局": the code of a 主管部门及代码 field.
 */
function tidyOrg(text: string): string | null {
  const t = text
    .replace(/[\s\-－—–]+$/u, "")
    .replace(/^\s*[[［(（]\d+[\]］)）]\s*/u, "")
    .trim();
  return t || null;
}

/** The year's budget when a table has several (项目总预算 and 当年年度预算; 中期 and 年度资金总额). */
function mainBudget(fields: FieldCell[]): FieldCell | null {
  const budgets = fields.filter((f) => f.key === "budget" && f.text !== "");
  return budgets.find((f) => /年度|当年|本年/.test(labelKey(f.label)) && !/中期|实施期/.test(labelKey(f.label))) ?? budgets[0] ?? null;
}

function kindOf(title: string | null, nameLabel: string | null): TableKind {
  const t = labelKey(title ?? "");
  if (/转移支付/.test(t)) return "transfer";
  if (/部门整体|部门\(单位\)整体|单位整体|整体支出/.test(t)) return "department";
  if (/项目|政策/.test(t)) return "project";
  const n = labelKey(nameLabel ?? "");
  if (/转移支付/.test(n)) return "transfer";
  if (/部门|单位/.test(n)) return "department";
  if (/项目|政策/.test(n)) return "project";
  return "unknown";
}

function build(block: TableBlock, grid: Grid): Table {
  const sheet = grid.sheet;
  const issues: ParseIssue[] = [];
  const first = (key: FieldCell["key"]) => block.fields.find((f) => f.key === key && f.text !== "") ?? null;
  const nameField = first("name") ?? block.fields.find((f) => f.key === "name") ?? null;
  const table = emptyTable(block, grid);
  table.kind = kindOf(block.title?.text ?? null, nameField?.label ?? null);
  if (nameField?.text) table.name = nameField.text;
  else issues.push({ code: "missing-name", text: nameField?.label ?? null, location: loc(sheet, nameField?.labelPos ?? block.range.s) });
  table.year = block.year?.value ?? null;
  table.department = tidyOrg(first("department")?.text ?? "");
  table.implementer = tidyOrg(first("implementer")?.text ?? "");
  table.declaredUnit = block.declaredUnit?.unit ?? null;

  // "资金情况（万元）" over its 年度金额 / 其中 lines declares their unit too.
  const groupUnit = block.fields.map((f) => unitInLabel(f.label)).find((u) => u !== null) ?? null;
  const money = (f: FieldCell): Money => {
    const ref = f.pos ? a1(f.pos.r, f.pos.c) : null;
    const cell = f.pos ? cellAt(grid, f.pos.r, f.pos.c) : undefined;
    return parseMoney(cell, f.text, ref, unitInLabel(f.label) ?? table.declaredUnit ?? groupUnit);
  };
  const budgetField = mainBudget(block.fields);
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
  table.fields = block.fields.map(field);
  table.indicators = indicators(block, grid, table.year, issues);
  if (!table.indicators.length) {
    // Without an indicator header the table's name is the best place to point at.
    const at = block.header.rows.length ? { r: block.header.rows[0], c: block.range.s.c } : (nameField?.pos ?? block.range.s);
    issues.push({ code: "no-indicators", text: table.name, location: loc(sheet, at) });
  }
  table.issues = issues;
  return table;
}

function indicators(block: TableBlock, grid: Grid, year: number | null, issues: ParseIssue[]): Indicator[] {
  const sheet = grid.sheet;
  const out: Indicator[] = [];
  let l1: { raw: string; canon: string } | null = null;
  let l2: { raw: string; canon: string } | null = null;
  for (const row of block.rows) {
    const { r, cells } = row;
    const text = (c: number | undefined) => (c === undefined ? "" : textAt(grid, r, c));
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
    const parsed = parseValueCell(cells.value === undefined ? undefined : cellAt(grid, r, cells.value), valueText);
    const opCol = parseOperatorCell(text(cells.operator));
    const operator = opCol.operatorRaw !== null ? opCol.operator : parsed.operator;
    const operatorRaw = opCol.operatorRaw ?? parsed.operatorRaw;
    const unitText = text(cells.unit);
    const deadline = deadlineOfCell(cells.deadline === undefined ? undefined : cellAt(grid, r, cells.deadline), text(cells.deadline), year);
    if (deadline.text && !deadline.date) issues.push({ code: "deadline-unreadable", text: deadline.text, location: loc(sheet, { r, c: cells.deadline! }) });
    const weightText = text(cells.weight);
    const weight = weightText ? Number(weightText.replace(/\s*(分|%)$/, "")) : NaN;
    if (weightText && !Number.isFinite(weight)) issues.push({ code: "weight-unreadable", text: weightText, location: loc(sheet, { r, c: cells.weight! }) });

    const extra: Record<string, string> = {};
    for (const e of row.extras) {
      const t = textAt(grid, r, e.c);
      // "*指标解释": the asterisk marks a required column, it is not part of the name.
      if (t) extra[e.label.replace(/^\s*[*＊★]\s*/u, "")] = t;
    }
    if (row.section) extra["绩效指标"] = row.section;
    if (cells.valueMid !== undefined && text(cells.valueMid)) {
      const label = block.header.columns.find((c) => c.role === "valueMid")?.label ?? "中期指标值";
      extra[label] = text(cells.valueMid);
    }
    // The value where the header puts the unit: said once, as the more telling of the two.
    const unitHeader = block.header.columns.find((c) => c.role === "unit")?.c;
    if (row.valueInUnitColumn || (cells.value !== undefined && cells.value === unitHeader && valueText))
      issues.push({ code: "value-in-unit-column", text: valueText, location: loc(sheet, { r, c: cells.value! }) });
    else if (row.headShift !== 0 || row.tailShift !== 0) issues.push({ code: "row-shifted", text: name, location: here });
    for (const c of row.stray) issues.push({ code: "stray-cell", text: textAt(grid, r, c), location: loc(sheet, { r, c }) });

    out.push({
      level1: l1?.canon ?? null,
      level1Raw: l1?.raw ?? null,
      level2: l2?.canon ?? null,
      level2Raw: l2?.raw ?? null,
      name,
      operator,
      operatorRaw,
      value: parsed.value,
      valueRaw: valueText || null,
      unit: unitText || parsed.unit,
      deadline: deadline.text,
      deadlineDate: deadline.date,
      weight: Number.isFinite(weight) ? weight : null,
      location: here,
      cells: refs,
      extra,
    });
  }
  return out;
}

export { locateTables };
export type { TableBlock };
