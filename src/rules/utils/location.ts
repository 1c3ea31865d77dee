/** Where findings point: an indicator's cells, header cells, and how a target reads in a message. */
import { parseA1 } from "../../model/a1.js";
import type { Location } from "../../model/records.js";
import type { IndicatorFacts } from "../../model/semantic.js";

/** A Location for an A1 cell on a sheet; the row comes from the reference. */
export function cellLocation(sheet: string, cell: string): Location {
  const p = parseA1(cell);
  return { sheet, row: p ? p.r + 1 : 1, cell: cell.toUpperCase() };
}

type CellName = "level1" | "level2" | "name" | "operator" | "value" | "unit" | "deadline" | "weight";

/** One of the indicator's cells (value, unit, deadline …), falling back to its name cell. */
export function cellOf(f: IndicatorFacts, which: CellName): Location {
  const ind = f.indicator;
  const cell = ind.cells[which];
  return cell ? cellLocation(ind.location.sheet, cell) : ind.location;
}

/** The cell the operator is written in: its own column, or the value cell when it sits inside the value. */
export function operatorAt(f: IndicatorFacts): Location {
  if (f.operatorIn === "value") return cellOf(f, "value");
  return f.indicator.cells.operator ? cellOf(f, "operator") : cellOf(f, "value");
}

/** The A1 reference of a Location, for messages. */
export const a1Of = (l: Location) => l.cell;

/** The target as the table writes it, for messages: "<= 100 %", "≥95%", "30000 人次". */
export function shown(f: IndicatorFacts): string {
  const raw = f.value.raw;
  const op = f.operatorIn === "column" && f.operatorRaw ? f.operatorRaw : "";
  const unit = f.unit && f.unit.source === "column" && !raw.includes(f.unit.text) ? f.unit.text : "";
  return [op, raw, unit].filter((s) => s !== "").join(" ") || "（空白）";
}

/** The number and unit, for messages: "100 %", "30000 人次", "2". */
export function amountText(f: IndicatorFacts): string {
  const n = f.number ?? f.range?.min ?? "";
  return [String(n), f.unit?.text ?? ""].filter((s) => s !== "").join(" ");
}
