/**
 * The same 三级 name twice in one table is either a copy-paste slip or two targets for one measure;
 * the second occurrence is reported.
 */
import { defineRule } from "../model/finding.js";

export default defineRule<"duplicate">({
  id: "duplicate-indicator",
  meta: {
    name: { zh: "指标重复", en: "Duplicate indicator" },
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "同一表中三级指标名称重复", en: "The same third-level indicator appears twice in a table" },
    },
    messages: {
      duplicate: {
        zh: "“{indicator}”在本表中重复出现（第一次在第 {firstRow} 行）；请删去重复的一行，或改成衡量不同内容的指标。",
        en: "“{indicator}” appears twice in this table (first at row {firstRow}); delete the repeat or make it measure something else.",
      },
    },
  },
  *check(_table, { facts }) {
    const first = new Map<string, number>();
    for (const f of facts.indicators) {
      // A period in the brackets the core leaves out (预算执行进度(7月) / 预算执行进度（11月）) makes another measure.
      const when = /\(([^()%<>=≥≤*]*(?:\d|[一二三四]季度|上半年|下半年|[一二三四五六七八九十]+月)[^()%<>=≥≤*]*)\)[^()]*$/u.exec(f.indicator.name.normalize("NFKC"))?.[1] ?? "";
      const k = f.core.replace(/[。．.，,；;：:]+/g, "") + (when && !f.core.includes(when) ? `(${when})` : "");
      if (!k) continue;
      const row = first.get(k);
      if (row === undefined) first.set(k, f.indicator.location.row);
      else yield { messageId: "duplicate", data: { indicator: f.indicator.name, firstRow: row }, indicator: f.indicator };
    }
  },
});
