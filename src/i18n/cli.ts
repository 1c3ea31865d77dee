/** Messages of the CLI commands (validate, rules, explain, init), zh first. */
import type { Lang, Localized } from "../model/finding.js";
import { format } from "./format.js";

export const CLI_MESSAGES = {
  noPatterns: {
    zh: "请指定要检查的文件、文件夹或通配符，例如：pbm validate 绩效目标表.xlsx（或用 --stdin 从标准输入读取）",
    en: "Name the files, folders or globs to check, e.g. pbm validate targets.xlsx (or read standard input with --stdin)",
  },
  stdinWithPatterns: { zh: "--stdin 不能与文件参数同时使用：{patterns}", en: "--stdin cannot be combined with file arguments: {patterns}" },
  unmatched: {
    zh: "没有找到匹配的文件：{patterns}（可加 --no-error-on-unmatched-pattern 忽略）",
    en: "No files match: {patterns} (add --no-error-on-unmatched-pattern to ignore)",
  },
  noFiles: { zh: "没有要检查的文件", en: "No files to check" },
  badFormat: { zh: "未知的输出格式 “{format}”；可用格式：{formats}", en: "Unknown format \"{format}\"; formats: {formats}" },
  badNumber: { zh: "{flag} 需要一个非负整数，收到 “{value}”", en: "{flag} needs a non-negative integer, got \"{value}\"" },
  badYear: { zh: "{flag} 需要一个年份（如 2023），收到 “{value}”", en: "{flag} needs a year (e.g. 2023), got \"{value}\"" },
  badRule: {
    zh: "--rule 的格式是 规则id:级别（级别为 off、info、warning（或 warn）、error），收到 “{value}”",
    en: "--rule takes rule-id:severity (severity off, info, warning (or warn), error), got \"{value}\"",
  },
  badLang: { zh: "--lang 只支持 zh 或 en，收到 “{value}”", en: "--lang takes zh or en, got \"{value}\"" },
  outputIsInput: {
    zh: "拒绝写入 {file}：它是被检查的输入文件之一。请换一个输出文件名",
    en: "Refusing to write {file}: it is one of the input files. Choose another output file",
  },
  outputFailed: { zh: "无法写入输出文件 {file}：{reason}", en: "Cannot write the output file {file}: {reason}" },
  wrote: { zh: "报告已写入 {file}", en: "Report written to {file}" },
  progress: { zh: "已检查 {done}/{total} 个文件…", en: "Checked {done}/{total} files…" },
  cacheHit: { zh: "缓存命中：{file}", en: "Cache hit: {file}" },
  stepSummaryFailed: { zh: "无法追加 GITHUB_STEP_SUMMARY（{file}）：{reason}", en: "Cannot append to GITHUB_STEP_SUMMARY ({file}): {reason}" },
  tooManyWarnings: {
    zh: "警告 {warnings} 条，超过 --max-warnings {max} 的上限",
    en: "{warnings} warnings exceed --max-warnings {max}",
  },
  unknownRule: { zh: "没有名为 {rule} 的规则{hint}。用 pbm rules 查看全部规则", en: "There is no rule named {rule}{hint}. Run pbm rules to list them" },
  noDocs: { zh: "规则 {rule} 的说明文档缺失：{file}", en: "The docs page of rule {rule} is missing: {file}" },
  initExists: { zh: "{file} 已存在，未覆盖。如需重建请先删除或改名", en: "{file} already exists and was not overwritten; delete or rename it first" },
  initDone: { zh: "已创建 {file}（预设 recommended）。可在 rules 中调整规则级别与选项", en: "Created {file} (recommended preset). Adjust rule severities and options under rules" },
  noRules: { zh: "（尚无规则）", en: "(no rules yet)" },
  webWrote: {
    zh: "网页版已写入 {file}：用浏览器打开即可检查表格（离线运行，文件不上传），可复制到共享盘或通过邮件发送",
    en: "The page is written to {file}: open it in a browser to check tables (it runs offline; files are not uploaded). It can be copied to a shared drive or sent by mail",
  },
  webMissing: {
    zh: "pbm 的网页版尚未构建（缺少 {file}）。请在 pbm 的源码目录运行 npm run build:web",
    en: "pbm's page has not been built ({file} is missing). Run npm run build:web in pbm's source folder",
  },
  webNotOurs: {
    zh: "{file} 已存在且不是 pbm 的网页版，未覆盖。请换一个文件名（-o），或加 --force 覆盖",
    en: "{file} exists and is not pbm's page; it was not overwritten. Choose another name (-o) or add --force",
  },
  webOpenFailed: {
    zh: "无法自动打开浏览器（{reason}）。请直接双击打开 {file}",
    en: "Could not open a browser ({reason}). Open {file} by double-clicking it",
  },
} satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

export function cliMessage(id: CliMessageId, lang: Lang, data: Record<string, string | number> = {}): string {
  return format(CLI_MESSAGES[id][lang], data);
}
