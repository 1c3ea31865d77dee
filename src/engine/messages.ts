/** Findings the engine itself makes (not a catalogue rule's): their ids, messages and metadata. */
import type { Localized, RuleInfo } from "../model/finding.js";

export const ENGINE_MESSAGES = {
  ruleCrashed: {
    zh: "规则 {rule} 检查表“{table}”时出错，已跳过该规则：{error}",
    en: "Rule {rule} failed on table \"{table}\" and was skipped: {error}",
  },
  unknownMessage: {
    zh: "规则 {rule} 报告了未定义的消息 {messageId}",
    en: "Rule {rule} reported an undefined message {messageId}",
  },
  noTables: {
    zh: "文件 {file} 中没有找到绩效目标表（应有“三级指标”“指标值”等表头），未做任何检查",
    en: "No performance target table found in {file} (no header with 三级指标, 指标值 …); nothing was checked",
  },
} satisfies Record<string, Localized>;

export const INTERNAL_RULE_ERROR = "internal-rule-error";
export const FILE_UNREADABLE = "file-unreadable";
export const NO_TABLES = "no-tables";

/** For reporters (SARIF rules, docs links) next to the catalogue's RuleInfo. */
export const ENGINE_RULES: RuleInfo[] = [
  {
    id: FILE_UNREADABLE,
    category: "parse",
    severity: "error",
    summary: { zh: "文件无法读取（损坏、加密、不是表格或超过限制）", en: "The file cannot be read (corrupt, encrypted, not a spreadsheet or over a limit)" },
  },
  {
    id: INTERNAL_RULE_ERROR,
    category: "parse",
    severity: "error",
    summary: { zh: "某条规则运行出错，已跳过（pbm 的缺陷，请报告）", en: "A rule failed and was skipped (a pbm bug; please report it)" },
  },
  {
    id: NO_TABLES,
    category: "parse",
    severity: "warning",
    summary: { zh: "文件中没有找到绩效目标表", en: "No performance target table found in the file" },
  },
];
