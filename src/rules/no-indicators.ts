import { defineRule } from "../model/finding.js";

/** A table was found (title and header) but no indicator row could be read from it. */
export default defineRule({
  id: "no-indicators",
  meta: {
    name: { zh: "表中没有指标", en: "Table without indicators" },
    category: "parse",
    severity: "error",
    recommended: true,
    docs: {
      summary: {
        zh: "找到了绩效目标表，但没有读到任何绩效指标行。",
        en: "A target table was found but no indicator rows could be read from it.",
      },
    },
    messages: {
      none: {
        zh: "表“{table}”有表头，但没有读到任何绩效指标，这张表没有被检查。pbm 在指标区表头（一级指标、二级指标、三级指标、指标值）下面查找每行一个的指标，每行至少要有指标名称；请检查指标区是否填写、表头是否为标准写法。",
        en: "Table “{table}” has a header but no readable indicators, so it was not checked. pbm looks for one indicator per row under the indicator header (一级指标, 二级指标, 三级指标, 指标值), each with at least a name; check that the indicator block is filled in and its header uses these labels.",
      },
    },
  },
  *check(table, { facts }) {
    if (facts.indicators.length > 0) return;
    // The normalizer notes where the indicator block's header is; point there when it did.
    const at = table.issues.find((i) => i.code === "no-indicators")?.location ?? null;
    yield { messageId: "none", data: { table: table.name }, indicator: null, at };
  },
});
