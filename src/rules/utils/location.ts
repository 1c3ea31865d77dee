/** Locations for findings that point at header cells (goal texts) or at an indicator's other cells. */
import { parseA1 } from "../../model/a1.js";
import type { Indicator, Location, Table } from "../../model/records.js";

/** A Location for an A1 cell on a sheet; the row comes from the reference. */
export function cellLocation(sheet: string, cell: string): Location {
  const p = parseA1(cell);
  return { sheet, row: p ? p.r + 1 : 1, cell: cell.toUpperCase() };
}

/** One of the indicator's cells (value, unit, deadline …), falling back to its name cell. */
export function indicatorCell(ind: Indicator, which: keyof Indicator["cells"]): Location {
  const cell = ind.cells[which];
  return cell ? cellLocation(ind.location.sheet, cell) : ind.location;
}

/** The goal fields of a table (年度目标, 总体目标 …) with their locations; falls back to `goal`. */
export function goalFields(table: Table): { label: string; text: string; at: Location | null; cell: string | null }[] {
  if (table.goals.length > 0) {
    return table.goals.map((g) => ({ label: g.label, text: g.text, at: cellLocation(table.location.sheet, g.cell), cell: g.cell }));
  }
  return table.goal ? [{ label: "总体目标", text: table.goal, at: null, cell: null }] : [];
}

const MULTI_YEAR = /实施期|中期|长期|总体/u;

/**
 * The goals that speak for the budget year: when a table has both a 年度目标 and a 中期 / 实施期 /
 * 总体 goal, the multi-year goal is left out (its counts and amounts cover several years).
 */
export function annualGoalFields(table: Table): ReturnType<typeof goalFields> {
  const all = goalFields(table);
  const hasAnnual = all.some((g) => /年度/u.test(g.label) && !MULTI_YEAR.test(g.label));
  return hasAnnual ? all.filter((g) => !MULTI_YEAR.test(g.label)) : all;
}
