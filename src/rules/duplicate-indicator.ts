/**
 * The same 三级 name twice in one table is either a copy-paste slip or two targets for one measure
 * (domain-rules S-13); the second occurrence is reported.
 */
import { defineRule } from "../model/finding.js";

const key = (s: string) => s.normalize("NFKC").replace(/[\s。．.，,；;：:]+/g, "");

export default defineRule<"duplicate">({
  id: "duplicate-indicator",
  meta: {
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "指标重复", en: "Duplicate indicator" },
      summary: { zh: "同一表中三级指标名称重复", en: "The same third-level indicator appears twice in a table" },
    },
    messages: {
      duplicate: {
        zh: "“{indicator}”在本表中重复出现（第一次在第 {firstRow} 行）",
        en: "\"{indicator}\" appears twice in this table (first at row {firstRow})",
      },
    },
  },
  *check(table) {
    const first = new Map<string, number>();
    for (const i of table.indicators) {
      const k = key(i.name);
      if (!k) continue;
      const row = first.get(k);
      if (row === undefined) first.set(k, i.location.row);
      else yield { messageId: "duplicate", data: { indicator: i.name, firstRow: row }, indicator: i };
    }
  },
});
