import { defineRule, type FindingDraft } from "../model/finding.js";

/**
 * What the normalizer could not read (table.issues), reported where it sits. Issues the normalizer
 * repaired, or that another rule reports in its own words, are left out: row-shifted (read anyway),
 * value-in-unit-column (structure rule of that name), deadline-unreadable (deadline-unparseable),
 * no-indicators (no-indicators).
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
    name: { zh: "单元格无法识别", en: "Unreadable cell" },
    category: "parse",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "表中有无法识别的单元格（名称缺失、预算金额或权重不是数字、表格范围外的多余内容），相应内容没有被检查。",
        en: "Cells that could not be read (missing name, a budget or weight that is not a number, stray content); they were not checked.",
      },
    },
    messages: {
      missingName: {
        zh: "没有读到项目（政策）名称或转移支付名称，无法确定这张表属于哪个项目；请在表头的“项目名称”一栏填写名称。",
        en: "No project or transfer name was found, so it is unclear which project this table is for; fill in the 项目名称 field of the header.",
      },
      budget: {
        zh: "预算资金“{text}”不是可识别的金额，与金额有关的检查（成本、目标中的金额）没有进行；请填写数字金额，如“800”或“800 万元”。",
        en: "The budget “{text}” is not a readable amount, so the money checks (costs, amounts in the goal) were skipped; write a number such as 800 or 800 万元.",
      },
      weight: {
        zh: "权重（分值）“{text}”不是数字，权重检查没有包括这一行；请填写数字。",
        en: "The weight “{text}” is not a number, so the weight checks skipped this row; write a number.",
      },
      stray: {
        zh: "单元格内容“{text}”不在任何一列之下，没有被检查；请核对是否填错了位置。",
        en: "The content “{text}” sits under no column and was not checked; is it in the wrong place?",
      },
      internal: {
        zh: "读取这张表时出错（{text}），表中内容没有被完整检查；这是 pbm 的缺陷，请报告给维护者。",
        en: "Reading this table failed ({text}), so its content was not fully checked; this is a pbm bug, please report it.",
      },
      other: {
        zh: "有无法识别的内容“{text}”（{code}），该处没有被检查；请核对格式。",
        en: "Could not read “{text}” ({code}); it was not checked — please check its layout.",
      },
    },
  },
  *check(table): Generator<FindingDraft<"missingName" | "budget" | "weight" | "stray" | "internal" | "other">> {
    for (const issue of table.issues) {
      if (REPORTED_ELSEWHERE.has(issue.code)) continue;
      const text = issue.text ?? "";
      const id = Object.hasOwn(BY_CODE, issue.code) ? BY_CODE[issue.code as keyof typeof BY_CODE] : null;
      // Nothing to say about an empty cell but that it is empty: "missing-name" has its own wording.
      if (id === "missingName") yield { messageId: id, indicator: null, at: issue.location };
      else if (id) yield { messageId: id, data: { text }, indicator: null, at: issue.location };
      else yield { messageId: "other", data: { code: issue.code, text }, indicator: null, at: issue.location };
    }
  },
});
