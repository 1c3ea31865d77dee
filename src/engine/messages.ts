/** Findings the engine itself makes when a rule fails (not a catalogue rule's): their id, messages and metadata. */
import type { Localized, RuleInfo } from "../model/finding.js";

export const ENGINE_MESSAGES = {
  ruleCrashed: {
    zh: "规则 {rule} 检查表“{table}”时出错，已跳过该规则：{error}。这是 pbm 的缺陷，请把这条信息报告给维护者。",
    en: "Rule {rule} failed on table “{table}” and was skipped: {error}. This is a pbm bug; please report it.",
  },
  unknownMessage: {
    zh: "规则 {rule} 报告了未定义的消息 {messageId}。这是 pbm 的缺陷，请报告给维护者。",
    en: "Rule {rule} reported an undefined message {messageId}. This is a pbm bug; please report it.",
  },
} satisfies Record<string, Localized>;

export const INTERNAL_RULE_ERROR = "internal-rule-error";
export const FILE_UNREADABLE = "file-unreadable";
export const NO_TABLES = "no-tables";

/** For reporters (SARIF rules, docs links) next to the catalogue's RuleInfo: the engine's own finding. */
export const ENGINE_RULES: RuleInfo[] = [
  {
    id: INTERNAL_RULE_ERROR,
    name: { zh: "规则运行出错", en: "Rule failed" },
    category: "parse",
    severity: "error",
    summary: { zh: "某条规则运行出错，已跳过（pbm 的缺陷，请报告）", en: "A rule failed and was skipped (a pbm bug; please report it)" },
  },
];
