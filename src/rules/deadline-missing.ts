import { defineRule } from "../model/finding.js";
import { indicatorCell } from "./utils/location.js";

/** An indicator row with an empty 完成时限 in a table that has that column. */
export default defineRule({
  id: "deadline-missing",
  meta: {
    category: "deadline",
    severity: "warning",
    recommended: true,
    docs: {
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
    for (const ind of table.indicators) {
      if ((ind.deadline ?? "").trim() !== "") continue;
      // A row shifted one column to the right still carries its date, just in the wrong cell.
      if (Object.values(ind.extra).some((v) => /(19|20)\d{2}\s*年/.test(v))) continue;
      yield { messageId: "missing", data: { name: ind.name }, indicator: ind, at: indicatorCell(ind, "deadline") };
    }
  },
});
