import { defineRule } from "../model/finding.js";
import type { CellEdit } from "../model/finding.js";
import { ownEntry } from "../model/memo.js";
import { cellLocation } from "./utils/location.js";
import { isCostIndicator } from "./utils/measure.js";
import { unitInValue } from "./utils/text.js";

/** Money written "万" / "亿" without 元 on a money row, and percentages spelled out (百分比). */
const MONEY_ROW = /资金|金额|经费|成本|费用|预算|投资|补助|补贴|奖励|造价|单价/u;
const STANDARD: Record<string, string> = { 百分比: "%", 百分率: "%" };

export default defineRule({
  id: "unit-nonstandard",
  meta: {
    category: "unit",
    severity: "info",
    recommended: true,
    fixable: "suggestion",
    docs: {
      name: { zh: "计量单位不规范", en: "Non-standard unit" },
      summary: {
        zh: "计量单位写法不规范：金额只写“万”“亿”而没有“元”，或把 % 写成“百分比”。",
        en: "A non-standard unit: money as 万 or 亿 without 元, or % spelled 百分比.",
      },
    },
    messages: {
      nonstandard: {
        zh: "指标“{name}”的计量单位“{unit}”不规范，建议写成“{suggested}”。",
        en: "Indicator “{name}”: the unit “{unit}” is non-standard; write “{suggested}”.",
      },
    },
  },
  *check(table) {
    const sheet = table.location.sheet;
    for (const ind of table.indicators) {
      const column = ind.unit?.normalize("NFKC").trim() || null;
      const unit = column ?? unitInValue(ind.valueRaw);
      if (!unit) continue;
      const moneyRow = isCostIndicator(ind) || MONEY_ROW.test(ind.name);
      const suggested = ownEntry(STANDARD, unit) ?? ((unit === "万" || unit === "亿") && moneyRow ? `${unit}元` : undefined);
      if (!suggested) continue;
      const cell = column ? ind.cells.unit : ind.cells.value;
      const from = column ? (ind.unit ?? "") : (ind.valueRaw ?? "");
      const edits: CellEdit[] = cell ? [{ sheet, cell, from, to: column ? suggested : from.replace(new RegExp(`${unit}(?!元)`, "u"), suggested) }] : [];
      yield {
        messageId: "nonstandard",
        data: { name: ind.name, unit, suggested },
        indicator: ind,
        at: cell ? cellLocation(ind.location.sheet, cell) : ind.location,
        ...(edits.length ? { fix: { kind: "suggestion" as const, edits } } : {}),
      };
    }
  },
});
