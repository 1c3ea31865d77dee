import { defineRule } from "../model/finding.js";
import { parseA1 } from "../model/a1.js";
import { cellLocation, cellOf } from "./utils/location.js";

/** An indicator row with an empty 完成时限 in a table that has that column. */
export default defineRule({
  id: "deadline-missing",
  meta: {
    name: { zh: "缺少完成时限", en: "No deadline" },
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
        zh: "指标“{name}”的完成时限一栏是空的；请填写完成时间，如“2023 年 12 月”。",
        en: "Indicator “{name}” has an empty deadline (完成时限); fill in a date such as “2023 年 12 月”.",
      },
    },
  },
  *check(_table, { facts }) {
    // Tables without a 完成时限 column (some 整体表 layouts) have nothing to fill in.
    const hasColumn = facts.indicators.some((f) => f.indicator.cells.deadline || (f.indicator.deadline ?? "").trim() !== "");
    if (!hasColumn) return;
    // Point at the table's 完成时限 column, even when the normalizer read this row as shifted.
    const columns = new Map<string, number>();
    for (const { indicator: i } of facts.indicators) {
      const col = (i.deadline ?? "").trim() && i.cells.deadline ? /^[A-Z]+/.exec(i.cells.deadline)?.[0] : undefined;
      if (col) columns.set(col, (columns.get(col) ?? 0) + 1);
    }
    const column = [...columns].sort((a, b) => b[1] - a[1])[0]?.[0];
    // A text export loses merges: one 完成时限 merged down a block shows in its first row only. A blank
    // right below a dated row of the same block (一级 and 二级) reads as that merge's continuation.
    const blockKey = (f: (typeof facts.indicators)[number]) => `${f.block.level1 ?? ""}|${f.indicator.level1Raw ?? ""}|${f.indicator.level2Raw ?? ""}`;
    // …and one date on the first row only is the whole column merged.
    const datedRows = facts.indicators.filter((f) => (f.indicator.deadline ?? "").trim() !== "");
    if (datedRows.length === 1 && datedRows[0] === facts.indicators[0]) return;
    let carried: string | null = null;
    const continued = new Set<(typeof facts.indicators)[number]>();
    for (const f of facts.indicators) {
      const dated = (f.indicator.deadline ?? "").trim() !== "";
      if (dated) carried = blockKey(f);
      else if (carried !== null && carried === blockKey(f)) continued.add(f);
      else carried = null;
    }
    for (const f of facts.indicators) {
      const ind = f.indicator;
      if ((ind.deadline ?? "").trim() !== "" || continued.has(f)) continue;
      // A row shifted one column to the right still carries its date, just in the wrong cell.
      if (Object.values(ind.extra).some((v) => /(19|20)\d{2}\s*年/.test(v))) continue;
      const at = column && parseA1(`${column}${ind.location.row}`) ? cellLocation(ind.location.sheet, `${column}${ind.location.row}`) : cellOf(f, "deadline");
      yield { messageId: "missing", data: { name: ind.name }, indicator: ind, at };
    }
  },
});
