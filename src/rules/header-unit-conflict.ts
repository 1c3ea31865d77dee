import { defineRule } from "../model/finding.js";
import type { Money } from "../model/records.js";
import { cellLocation } from "./utils/location.js";
import { moneyInText } from "./utils/money.js";

/**
 * The table declares 单位：万元 above the header, but a money cell of the header writes another
 * unit (预算资金 "800元"): which one did the author mean? pbm reads the cell's own unit.
 */
export default defineRule({
  id: "header-unit-conflict",
  meta: {
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "金额单位与表头不符", en: "Amount unit contradicts the header" },
      summary: {
        zh: "表头声明“单位：万元”，预算资金等金额单元格却写了别的单位（如“800元”）。",
        en: "The table declares 单位：万元 but a header money cell writes another unit (800元).",
      },
    },
    messages: {
      conflict: {
        zh: "表头声明金额单位为{declared}，但“{label}”写作“{text}”（{unit}），请统一单位。",
        en: "The table declares amounts in {declared}, but “{label}” says “{text}” ({unit}); use one unit.",
      },
    },
  },
  *check(table) {
    const declared = table.declaredUnit?.normalize("NFKC").trim();
    if (!declared) return;
    const cells: { label: string; money: Money }[] = [
      ...(table.budget ? [{ label: labelOf(table.budget.cell, table) ?? "预算资金", money: table.budget }] : []),
      ...table.budgetItems,
    ];
    for (const { label, money } of cells) {
      const written = moneyInText(money.text)[0];
      if (!written || written.unit === declared || `${written.unit}` === `${declared}元`) continue;
      yield {
        messageId: "conflict",
        data: { declared, label, text: money.text.trim(), unit: written.unit },
        indicator: null,
        at: money.cell ? cellLocation(table.location.sheet, money.cell) : null,
      };
    }
  },
});

/** The header label of a field, found by its value cell. */
function labelOf(cell: string | null, table: { fields: { label: string; cell: string }[] }): string | null {
  return cell ? (table.fields.find((f) => f.cell === cell)?.label ?? null) : null;
}
