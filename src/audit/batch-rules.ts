/**
 * Checks only a whole batch can make (they compare files with each other). They are not rule
 * modules — a rule sees one table — but their findings look the same and are documented in
 * docs/audit.md under these ids.
 */
import type { Localized, RuleInfo } from "../model/finding.js";

export const BATCH_RULES = {
  "batch-duplicate-file": {
    category: "consistency",
    severity: "warning",
    name: { zh: "重复提交同一文件", en: "File submitted twice" },
    summary: { zh: "同一文件重复提交（内容完全相同）", en: "The same file submitted twice (identical content)" },
    message: {
      zh: "文件 {file} 与 {other} 内容完全相同（重复提交）",
      en: "{file} is identical to {other} (submitted twice)",
    },
  },
  "batch-duplicate-project": {
    category: "consistency",
    severity: "warning",
    name: { zh: "同名项目预算或目标不一致", en: "Same project, other budget or targets" },
    summary: {
      zh: "同名项目出现在多个文件中，但预算或绩效目标不一致",
      en: "The same project appears in several files with different budgets or targets",
    },
    message: {
      zh: "项目「{name}」也出现在 {others} 中，但{what}不一致（本表预算 {budget}，其他：{otherBudgets}）",
      en: "Project \"{name}\" also appears in {others} with a different {what} (budget here {budget}; elsewhere {otherBudgets})",
    },
  },
  "batch-department-budget": {
    category: "consistency",
    severity: "warning",
    name: { zh: "部门整体预算与项目合计不符", en: "Department budget against its projects" },
    summary: {
      zh: "部门整体绩效目标表的预算与该部门各项目表预算合计不一致",
      en: "A department-wide table's budget differs from the sum of the department's project tables",
    },
    message: {
      zh: "部门「{department}」整体绩效目标表预算 {budget} 万元，与本批次该部门 {count} 张项目表预算合计 {sum} 万元不一致",
      en: "Department \"{department}\": the department-wide budget {budget} (10k yuan) differs from the sum of its {count} project tables in this batch, {sum}",
    },
  },
} as const satisfies Record<string, Omit<RuleInfo, "id" | "summary" | "name"> & { name: Localized; summary: Localized; message: Localized }>;

export type BatchRuleId = keyof typeof BATCH_RULES;

export const UNREADABLE_RULE: RuleInfo = {
  id: "file-unreadable",
  category: "parse",
  severity: "error",
  name: { zh: "文件无法读取", en: "File unreadable" },
  summary: { zh: "文件无法读取（损坏、过大、内存不足或超时）", en: "The file could not be read (broken, too large, out of memory or timed out)" },
};

export function batchRuleInfos(): RuleInfo[] {
  return Object.entries(BATCH_RULES).map(([id, r]) => ({ id, category: r.category, severity: r.severity, name: r.name, summary: r.summary }));
}

/** A readable file in which no table was found (src/api/validate-file.ts). */
export const NO_TABLES_RULE: RuleInfo = {
  id: "no-tables",
  category: "parse",
  severity: "warning",
  name: { zh: "未找到绩效目标表", en: "No target table" },
  summary: { zh: "文件可以读取，但其中没有找到绩效目标表", en: "The file was read but holds no performance target table" },
}

export const isBatchRule = (ruleId: string): boolean => ruleId in BATCH_RULES;
