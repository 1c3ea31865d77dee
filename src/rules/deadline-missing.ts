import { defineRule } from "../model/finding.js";
import { parseA1 } from "../model/a1.js";
import { cellLocation, indicatorCell } from "./utils/location.js";

/** An indicator row with an empty 完成时限 in a table that has that column. */
export default defineRule({
  id: "deadline-missing",
  meta: {
    category: "deadline",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "缺少完成时限", en: "Deadline missing" },
      summary: {
        zh: "指标的完成时限为空（表中其他指标填写了完成时限）。",
        en: "An indicator has no 完成时限 (deadline) while the table has that column.",
      },
    },
    messages: {
      missing: {
        zh: "指标“{name}”没有填写完成时限。",
        en: "Indicator “{name}” has no deadline (完成时限).",
      },
    },
  },
  *check(table) {
    // Tables without a 完成时限 column (some 整体表 layouts) have nothing to fill in.
    const hasColumn = table.indicators.some((i) => i.cells.deadline || (i.deadline ?? "").trim() !== "");
    if (!hasColumn) return;
    // Point at the table's 完成时限 column, even when the normalizer read this row as shifted.
    const columns = new Map<string, number>();
    for (const i of table.indicators) {
      const col = (i.deadline ?? "").trim() && i.cells.deadline ? /^[A-Z]+/.exec(i.cells.deadline)?.[0] : undefined;
      if (col) columns.set(col, (columns.get(col) ?? 0) + 1);
    }
    const column = [...columns].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const ind of table.indicators) {
      if ((ind.deadline ?? "").trim() !== "") continue;
      // A row shifted one column to the right still carries its date, just in the wrong cell.
      if (Object.values(ind.extra).some((v) => /(19|20)\d{2}\s*年/.test(v))) continue;
      const at = column && parseA1(`${column}${ind.location.row}`) ? cellLocation(ind.location.sheet, `${column}${ind.location.row}`) : indicatorCell(ind, "deadline");
      yield { messageId: "missing", data: { name: ind.name }, indicator: ind, at };
    }
  },
});
