import { defineRule } from "../model/finding.js";
import type { CellEdit } from "../model/finding.js";
import { ownEntry } from "../model/memo.js";
import { cellOf } from "./utils/location.js";

/** Spellings of a unit that name the quantity instead of the unit (人数 for 人), or spell out % (百分比). */
const STANDARD: Record<string, string> = { 百分比: "%", 百分率: "%", 人数: "人", 户数: "户", 个数: "个", 次数: "次", 家数: "家", 人次数: "人次" };

/** Money written "万" / "亿" without 元 on a money row, and units spelled as the quantity (百分比, 人数). */
export default defineRule({
  id: "unit-nonstandard",
  meta: {
    name: { zh: "计量单位写法不规范", en: "Non-standard unit" },
    category: "unit",
    severity: "info",
    recommended: true,
    fixable: "suggestion",
    docs: {
      summary: {
        zh: "计量单位写法不规范：金额只写“万”“亿”而没有“元”，把 % 写成“百分比”，或把“人”写成“人数”。",
        en: "A non-standard unit: money as 万 or 亿 without 元, % spelled 百分比, or 人数 for 人.",
      },
    },
    messages: {
      nonstandard: {
        zh: "指标“{name}”的计量单位“{unit}”不规范，建议写成“{suggested}”。",
        en: "Indicator “{name}”: the unit “{unit}” is non-standard; write “{suggested}”.",
      },
    },
  },
  *check(_table, { facts }) {
    for (const f of facts.indicators) {
      if (!f.unit || f.unit.source === "name") continue;
      const unit = f.unit.text.normalize("NFKC").trim();
      const suggested = ownEntry(STANDARD, unit) ?? ((unit === "万" || unit === "亿") && (f.measure === "amount" || f.cost) ? `${unit}元` : undefined);
      if (!suggested) continue;
      const ind = f.indicator;
      const inColumn = f.unit.source === "column";
      const at = cellOf(f, inColumn ? "unit" : "value");
      const from = inColumn ? (ind.unit ?? "") : (ind.valueRaw ?? "");
      const to = inColumn ? suggested : from.replace(new RegExp(`${f.unit.text}(?!元)`, "u"), suggested);
      const cell = inColumn ? ind.cells.unit : ind.cells.value;
      const edits: CellEdit[] = cell && to !== from ? [{ sheet: ind.location.sheet, cell, from, to }] : [];
      yield {
        messageId: "nonstandard",
        data: { name: ind.name, unit, suggested },
        indicator: ind,
        at,
        ...(edits.length ? { fix: { kind: "suggestion" as const, edits } } : {}),
      };
    }
  },
});
