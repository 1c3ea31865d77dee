import type { Lang, Localized } from "../model/finding.js";
import type { ReadErrorCode } from "../model/grid.js";
import { format } from "./format.js";

/** Why a file could not be read, for a finance clerk first. {file} is always available. */
export const READ_ERROR_MESSAGES: Record<ReadErrorCode, Localized> = {
  empty: { zh: "文件为空（0 字节或没有任何内容）：{file}", en: "The file is empty: {file}" },
  "not-found": { zh: "找不到文件：{file}", en: "File not found: {file}" },
  "is-directory": { zh: "这是一个文件夹，不是表格文件：{file}", en: "This is a folder, not a spreadsheet: {file}" },
  io: { zh: "无法读取文件 {file}：{reason}", en: "Cannot read {file}: {reason}" },
  corrupt: { zh: "文件已损坏，无法打开：{file}（{reason}）", en: "The file is corrupt and cannot be opened: {file} ({reason})" },
  encrypted: {
    zh: "文件已加密（设置了打开密码），请去掉密码后另存再检查：{file}",
    en: "The file is encrypted (password-protected); remove the password and save it again: {file}",
  },
  "not-spreadsheet": {
    zh: "不是表格文件：{file}（文件内容是 {actual}）。请提供 xlsx、xls、ods、csv 或 txt 文件",
    en: "Not a spreadsheet: {file} (its content is {actual}). Use xlsx, xls, ods, csv or txt",
  },
  encoding: {
    zh: "文本编码无法识别：{file}。请另存为 UTF-8 或 GB18030 编码",
    en: "Unrecognized text encoding: {file}. Save it as UTF-8 or GB18030",
  },
  "too-large": { zh: "文件超过限制：{file}（{what} {actual}，上限 {limit}）", en: "File exceeds a limit: {file} ({what} {actual}, limit {limit})" },
  "too-many-cells": {
    zh: "表格单元格过多：{file}（{actual} 个，上限 {limit}）",
    en: "Too many cells: {file} ({actual}, limit {limit})",
  },
  timeout: { zh: "处理超时：{file}（超过 {limit} 秒），已跳过", en: "Timed out: {file} (over {limit} s); skipped" },
  "out-of-memory": {
    zh: "处理时内存超过限制：{file}（上限 {limit} MB），已跳过",
    en: "Out of memory while reading {file} (limit {limit} MB); skipped",
  },
  unsupported: { zh: "暂不支持的文件格式：{file}（{actual}）", en: "Unsupported file format: {file} ({actual})" },
};

export function readErrorMessage(code: ReadErrorCode, lang: Lang, data: Record<string, string | number>): string {
  const t = READ_ERROR_MESSAGES[code] ?? READ_ERROR_MESSAGES.corrupt;
  return format(t[lang], { reason: "", actual: "", what: "", limit: "", ...data });
}
