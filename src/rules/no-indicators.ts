import { defineRule } from "../model/finding.js";

/** A table was found (title and header) but no indicator row could be read from it. */
export default defineRule({
  id: "no-indicators",
  meta: {
    category: "parse",
    severity: "error",
    recommended: true,
    docs: {
      name: { zh: "未读到指标", en: "No indicators" },
      summary: {
        zh: "找到了绩效目标表，但没有读到任何绩效指标行。",
        en: "A target table was found but no indicator rows could be read from it.",
      },
    },
    messages: {
      none: {
        zh: "表“{table}”没有读到任何绩效指标，请检查指标区的表头（一级指标、二级指标、三级指标、指标值）。",
        en: "Table “{table}” has no readable indicators; check the indicator block's header (一级指标, 二级指标, 三级指标, 指标值).",
      },
    },
  },
  *check(table) {
    if (table.indicators.length > 0) return;
    // The normalizer notes where the indicator block's header is; point there when it did.
    const at = table.issues.find((i) => i.code === "no-indicators")?.location ?? null;
    yield { messageId: "none", data: { table: table.name }, indicator: null, at };
  },
});
