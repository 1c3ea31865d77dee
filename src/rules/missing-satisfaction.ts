/**
 * 满意度 is expected wherever the project has service recipients (domain-rules §2.3, S-05);
 * a warning, not an error, because some internal-operation items legitimately have none.
 * A satisfaction item filed elsewhere counts as present (satisfaction-misfiled reports the place).
 */
import { defineRule } from "../model/finding.js";
import { blockOf, isSatisfaction } from "./utils/indicator-kind.js";

export default defineRule<"missingSatisfaction">({
  id: "missing-satisfaction",
  meta: {
    category: "structure",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "缺少满意度指标", en: "No satisfaction indicator" },
      summary: { zh: "缺少满意度指标", en: "Missing satisfaction indicators" },
    },
    messages: {
      missingSatisfaction: {
        zh: "缺少满意度指标：表中没有服务对象或社会公众满意度指标；如项目确无服务对象，可关闭本规则",
        en: "missing satisfaction indicators: the table has no service-recipient or public satisfaction indicator; turn this rule off if the project really has no recipients",
      },
    },
  },
  *check(table) {
    if (table.indicators.length === 0) return;
    if (table.indicators.every((i) => blockOf(i) === null)) return;
    if (table.indicators.some((i) => blockOf(i) === "satisfaction" || isSatisfaction(i))) return;
    yield { messageId: "missingSatisfaction", indicator: null };
  },
});
