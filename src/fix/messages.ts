/** Every message `pbm fix` and `pbm template` print, zh first. {file} names the file. */
import type { Lang, Localized } from "../model/finding.js";
import type { EditSkipReason } from "../model/fix.js";
import { format } from "../i18n/format.js";

export const FIX_MESSAGES = {
  fileHeader: { zh: "{file}", en: "{file}" },
  applied: { zh: "  {where}：{from} → {to}（{rule}{about}）", en: "  {where}: {from} → {to} ({rule}{about})" },
  wouldApply: { zh: "  {where}：{from} → {to}（{rule}{about}）", en: "  {where}: {from} → {to} ({rule}{about})" },
  skipped: { zh: "  跳过 {where}：{reason}", en: "  skipped {where}: {reason}" },
  suggestion: { zh: "  建议（不会自动修改）{where}：{from} → {to}（{rule}{about}）", en: "  suggestion (not applied) {where}: {from} → {to} ({rule}{about})" },
  written: { zh: "已写入修改后的副本：{output}（修改 {applied} 处{skippedNote}）", en: "Fixed copy written: {output} ({applied} change(s){skippedNote})" },
  writtenInPlace: {
    zh: "已就地修改：{file}（修改 {applied} 处{skippedNote}），原文件备份为 {backup}",
    en: "Fixed in place: {file} ({applied} change(s){skippedNote}); the original is kept as {backup}",
  },
  dryRun: { zh: "试运行：{file} 将修改 {applied} 处{skippedNote}，未写入任何文件", en: "Dry run: {file} would get {applied} change(s){skippedNote}; nothing written" },
  skippedNote: { zh: "，跳过 {skipped} 处", en: ", {skipped} skipped" },
  nothing: { zh: "{file}：没有可自动修复的问题", en: "{file}: nothing to fix automatically" },
  nothingApplied: { zh: "{file}：没有一处修改能够应用，未写入副本", en: "{file}: none of the changes could be applied; no copy written" },
  unsupported: {
    zh: "{file}：pbm 无法安全地修改 {format} 格式的文件（会丢失格式）。需要修改的 {count} 处已列在 {output}，请手工修改或另存为 xlsx 后再运行 pbm fix",
    en: "{file}: pbm cannot safely patch {format} files (formatting would be lost). The {count} change(s) are listed in {output}; apply them by hand or save the file as xlsx and run pbm fix again",
  },
  unsupportedDry: {
    zh: "{file}：pbm 无法安全地修改 {format} 格式的文件（会丢失格式），需要手工修改以下 {count} 处",
    en: "{file}: pbm cannot safely patch {format} files (formatting would be lost); change these {count} cell(s) by hand",
  },
  /** {reason} is the reader's message, which names the file. */
  unreadable: { zh: "未修改（无法检查）：{reason}", en: "Not fixed (could not be checked): {reason}" },
  writeFailed: { zh: "{file}：无法写入 {output}：{reason}", en: "{file}: cannot write {output}: {reason}" },
  patchFailed: { zh: "{file}：修改时出错，未写入任何文件：{reason}", en: "{file}: patching failed, nothing written: {reason}" },
  outputIsInput: {
    zh: "{file}：输出文件 {output} 是一个输入文件，pbm 不会覆盖输入文件（要就地修改请用 --in-place）",
    en: "{file}: the output {output} is one of the input files; pbm never overwrites an input (use --in-place to fix it in place)",
  },
  remaining: { zh: "仍有 {count} 个错误无法自动修复，请运行 pbm validate 查看", en: "{count} error(s) cannot be fixed automatically; run pbm validate to see them" },
  summary: {
    zh: "共 {files} 个文件：修改 {applied} 处，跳过 {skipped} 处，建议 {suggestions} 处",
    en: "{files} file(s): {applied} change(s) applied, {skipped} skipped, {suggestions} suggestion(s)",
  },
  summaryDry: {
    zh: "共 {files} 个文件：将修改 {applied} 处，跳过 {skipped} 处，建议 {suggestions} 处（试运行，未写入）",
    en: "{files} file(s): {applied} change(s) would apply, {skipped} skipped, {suggestions} suggestion(s) (dry run, nothing written)",
  },
  oneOutput: { zh: "-o 只能用于一个输入文件（现在有 {count} 个）", en: "-o works with one input file only ({count} given)" },
  outputAndInPlace: { zh: "-o 与 --in-place 不能同时使用", en: "-o and --in-place cannot be used together" },
  noFiles: { zh: "没有找到要修复的文件：{patterns}", en: "No files to fix: {patterns}" },
  badFormat: { zh: "--format 只能是 text 或 json（收到 {value}）", en: "--format must be text or json (got {value})" },
} satisfies Record<string, Localized>;

export const SKIP_REASONS: Record<EditSkipReason, Localized> = {
  mismatch: {
    zh: "单元格现在的内容是 {actual}，不是检查时看到的 {from}，为安全起见不修改",
    en: "the cell now holds {actual}, not {from} as when it was checked; left unchanged to be safe",
  },
  "cell-not-found": { zh: "找不到该单元格", en: "the cell was not found" },
  "sheet-not-found": { zh: "找不到工作表 {sheet}", en: "sheet {sheet} was not found" },
  formula: { zh: "这是公式单元格，pbm 不改公式", en: "it is a formula cell; pbm does not change formulas" },
  conflict: { zh: "另一条修复已经把该单元格改为 {other}", en: "another fix already changes this cell to {other}" },
  encoding: {
    zh: "文件是 GB18030 编码，pbm 无法写入非 ASCII 文字 {to}；请手工修改，或另存为 UTF-8 后再运行",
    en: "the file is GB18030-encoded and pbm cannot write the non-ASCII text {to}; change it by hand or save the file as UTF-8 first",
  },
  "unsupported-format": { zh: "pbm 无法安全地修改这种格式", en: "pbm cannot patch this format safely" },
};

export const TEMPLATE_MESSAGES = {
  written: { zh: "已生成空白{kindName}模板：{file}", en: "Blank {kindName} template written: {file}" },
  exists: { zh: "文件已存在：{file}。要覆盖请加 --force", en: "The file already exists: {file}. Add --force to overwrite it" },
  badKind: { zh: "--kind 只能是 project、transfer 或 department（收到 {value}）", en: "--kind must be project, transfer or department (got {value})" },
  badYear: { zh: "--year 应为四位年份，如 2025（收到 {value}）", en: "--year must be a four-digit year such as 2025 (got {value})" },
  badExt: { zh: "模板只能保存为 .xlsx 文件（收到 {file}）", en: "The template can only be saved as .xlsx (got {file})" },
  writeFailed: { zh: "无法写入 {file}：{reason}", en: "Cannot write {file}: {reason}" },
} satisfies Record<string, Localized>;

export function msg(t: Localized, lang: Lang, data: Record<string, string | number> = {}): string {
  return format(t[lang], data);
}
