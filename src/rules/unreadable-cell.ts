import { defineRule } from "../model/finding.js";

/**
 * What the normalizer could not read (table.issues), reported where it sits. Issues the
 * normalizer repaired, or that another rule reports in its own words, are left out:
 * row-shifted (read anyway), value-in-unit-column (structure rule of that name),
 * deadline-unreadable (deadline-unparseable), no-indicators (no-indicators).
 */
const REPORTED_ELSEWHERE = new Set(["row-shifted", "value-in-unit-column", "deadline-unreadable", "no-indicators"]);
const BY_CODE = {
  "missing-name": "missingName",
  "budget-unreadable": "budget",
  "weight-unreadable": "weight",
  "stray-cell": "stray",
  internal: "internal",
} as const;

export default defineRule({
  id: "unreadable-cell",
  meta: {
    category: "parse",
    severity: "warning",
    recommended: true,
    docs: {
      name: { zh: "单元格无法识别", en: "Unreadable cell" },
      summary: {
        zh: "表中有无法识别的单元格（名称缺失、预算金额或权重不是数字、表格范围外的多余内容），相应内容没有被检查。",
        en: "Cells that could not be read (missing name, a budget or weight that is not a number, stray content); they were not checked.",
      },
    },
    messages: {
      missingName: {
        zh: "“{text}”一栏是空的，无法确定项目（政策）或转移支付名称。",
        en: "The “{text}” field is empty: the table has no project or transfer name.",
      },
      budget: {
        zh: "预算资金“{text}”不是可识别的金额，与金额有关的检查（成本、目标中的金额）没有进行。",
        en: "The budget “{text}” is not a readable amount; the money checks (costs, amounts in the goal) were skipped.",
      },
      weight: {
        zh: "权重（分值）“{text}”不是数字，权重检查没有包括这一行。",
        en: "The weight “{text}” is not a number; the weight checks skipped this row.",
      },
      stray: {
        zh: "单元格内容“{text}”不在任何一列之下，没有被检查，请核对是否填错位置。",
        en: "The content “{text}” sits under no column and was not checked; is it in the wrong place?",
      },
      internal: {
        zh: "读取这张表时出错（{text}），表中内容没有被完整检查。",
        en: "Reading this table failed ({text}); its content was not fully checked.",
      },
      other: {
        zh: "无法识别的内容“{text}”（{code}），该处没有被检查，请核对格式。",
        en: "Could not read “{text}” ({code}); it was not checked — please check its layout.",
      },
    },
  },
  *check(table) {
    for (const issue of table.issues) {
      if (REPORTED_ELSEWHERE.has(issue.code)) continue;
      const text = issue.text ?? "";
      const id = BY_CODE[issue.code as keyof typeof BY_CODE];
      if (id) yield { messageId: id, data: { text } as Record<string, string>, indicator: null, at: issue.location };
      else yield { messageId: "other", data: { code: issue.code, text }, indicator: null, at: issue.location };
    }
  },
});
