import { z } from "zod";
import { defineRule } from "../model/finding.js";

/** Whatever the normalizer could not read (ParseIssue), reported where it sits. */
export default defineRule({
  id: "unreadable-cell",
  meta: {
    category: "parse",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "表中有无法识别的行或单元格（读取时记录的问题），相应内容没有被检查。",
        en: "Rows or cells the reader could not make sense of; their content was not checked.",
      },
    },
    messages: {
      issue: {
        zh: "无法识别的内容“{text}”（{code}），该处未被检查，请核对格式。",
        en: "Could not read “{text}” ({code}); it was not checked — please check its layout.",
      },
    },
    options: z.object({}),
  },
  *check(table) {
    for (const issue of table.issues) {
      yield { messageId: "issue", data: { code: issue.code, text: issue.text ?? "" }, indicator: null, at: issue.location };
    }
  },
});
