import { defineRule } from "../model/finding.js";
import type { Money } from "../model/records.js";
import { numbersInText } from "../grammar/index.js";
import { cellLocation } from "./utils/location.js";

/**
 * The table declares 单位：万元 above the header, but a money cell of the header writes another unit
 * (预算资金 "800元"): which one did the author mean? pbm reads the cell's own unit.
 */
export default defineRule({
  id: "header-unit-conflict",
  meta: {
    name: { zh: "表头金额单位不一致", en: "Header money units disagree" },
    category: "unit",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "表头声明“单位：万元”，预算资金等金额单元格却写了别的单位（如“800元”）。",
        en: "The table declares 单位：万元 but a header money cell writes another unit (800元).",
      },
    },
    messages: {
      conflict: {
        zh: "表头声明金额单位为{declared}，但“{label}”写作“{text}”（{unit}）；请统一使用一种金额单位。",
        en: "The table declares amounts in {declared}, but “{label}” says “{text}” ({unit}); use one unit.",
      },
    },
  },
  *check(table) {
    const declared = table.declaredUnit?.normalize("NFKC").trim();
    if (!declared) return;
    const cells: { label: string; money: Money }[] = [
      ...(table.budget ? [{ label: (table.budget.cell ? table.fields.find((f) => f.cell === table.budget!.cell)?.label : undefined) ?? "预算资金", money: table.budget }] : []),
      ...table.budgetItems,
    ];
    for (const { label, money } of cells) {
      const written = numbersInText(money.text).find((n) => n.unitInfo?.family === "money" && n.unitInfo.per.length === 0);
      if (!written || written.unitInfo!.canonical === declared || written.unitInfo!.canonical === `${declared}元`) continue;
      yield {
        messageId: "conflict",
        data: { declared, label, text: money.text.trim(), unit: written.unit! },
        indicator: null,
        at: money.cell ? cellLocation(table.location.sheet, money.cell) : null,
      };
    }
  },
});
