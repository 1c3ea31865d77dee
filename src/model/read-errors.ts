/** Why a file cannot be read: the messages of the file-unreadable rule, worded for a finance clerk. */
import type { Localized } from "./finding.js";
import type { ReadErrorCode } from "./grid.js";

/** Why a file could not be read, for a finance clerk first. {file} is always available. */
export const READ_ERROR_MESSAGES: Record<ReadErrorCode, Localized> = {
  empty: { zh: "文件为空（0 字节或没有任何内容）：{file}。请确认导出或保存时没有出错，再重新检查。", en: "The file is empty: {file}. Check that it was exported or saved correctly and check it again." },
  "not-found": { zh: "找不到文件：{file}。请检查文件路径是否写对。", en: "File not found: {file}. Check the path." },
  "is-directory": { zh: "这是一个文件夹，不是表格文件：{file}。请指定其中的表格文件，或用 pbm audit 检查整个文件夹。", en: "This is a folder, not a spreadsheet: {file}. Name a file in it, or check the whole folder with pbm audit." },
  io: { zh: "无法读取文件 {file}（{reason}）。请确认文件存在、有读取权限后再检查。", en: "Cannot read {file} ({reason}). Check that the file exists and can be read." },
  corrupt: { zh: "文件已损坏，无法打开：{file}（{reason}）。请用 Excel 或 WPS 打开后另存一份再检查。", en: "The file is corrupt and cannot be opened: {file} ({reason}). Open it in Excel or WPS, save a new copy and check that." },
  encrypted: {
    zh: "文件已加密（设置了打开密码），请去掉密码后另存再检查：{file}。",
    en: "The file is encrypted (password-protected); remove the password and save it again: {file}.",
  },
  "not-spreadsheet": {
    zh: "不是表格文件：{file}（文件内容是 {actual}）。请提供 xlsx、xls、ods、csv 或 txt 文件。",
    en: "Not a spreadsheet: {file} (its content is {actual}). Use xlsx, xls, ods, csv or txt.",
  },
  encoding: {
    zh: "文本编码无法识别：{file}。请另存为 UTF-8 或 GB18030 编码后再检查。",
    en: "Unrecognized text encoding: {file}. Save it as UTF-8 or GB18030 and check it again.",
  },
  "too-large": { zh: "文件超过限制：{file}（{what} {actual}，上限 {limit}）。请拆分文件，或在配置的 limits 中放宽限制。", en: "File exceeds a limit: {file} ({what} {actual}, limit {limit}). Split the file, or raise the limit under limits in the config." },
  "too-many-cells": {
    zh: "表格单元格过多：{file}（{actual} 个，上限 {limit}）。请删去多余的工作表或空白区域，或在配置中放宽 maxCells。",
    en: "Too many cells: {file} ({actual}, limit {limit}). Delete unused sheets or areas, or raise maxCells in the config.",
  },
  timeout: { zh: "处理超时：{file}（超过 {limit} 秒），已跳过。可用 --timeout 放宽时限后重试。", en: "Timed out: {file} (over {limit} s); skipped. Raise --timeout and try again." },
  "out-of-memory": {
    zh: "处理时内存超过限制：{file}（上限 {limit} MB），已跳过。可用 --max-memory 放宽限制后重试。",
    en: "Out of memory while reading {file} (limit {limit} MB); skipped. Raise --max-memory and try again.",
  },
  unsupported: { zh: "暂不支持的文件格式：{file}（{actual}）。请另存为 xlsx 或 csv 后再检查。", en: "Unsupported file format: {file} ({actual}). Save it as xlsx or csv and check that." },
};
