/** Messages of the findings the engine itself makes (not a rule's). */
import type { Localized } from "../model/finding.js";

export const ENGINE_MESSAGES = {
  ruleCrashed: {
    zh: "规则 {rule} 检查表“{table}”时出错，已跳过该规则：{error}",
    en: "Rule {rule} failed on table \"{table}\" and was skipped: {error}",
  },
  unknownMessage: {
    zh: "规则 {rule} 报告了未定义的消息 {messageId}",
    en: "Rule {rule} reported an undefined message {messageId}",
  },
} satisfies Record<string, Localized>;

/** Rule ids of engine-made findings (not in the catalogue). */
export const INTERNAL_RULE_ERROR = "internal-rule-error";
export const FILE_UNREADABLE = "file-unreadable";
