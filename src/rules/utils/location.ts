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
