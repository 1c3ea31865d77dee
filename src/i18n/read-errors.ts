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

/**
 * The reader puts Chinese words into a ReadError's detail (what / actual / reason);
 * these are their English. Anything not listed (e.g. a SheetJS message) is shown as is.
 */
export const READ_DETAIL_EN: Record<string, string> = {
  文件大小: "file size",
  解压后总大小: "total uncompressed size",
  未知二进制数据: "unknown binary data",
  "Word 文档": "a Word document",
  "PowerPoint 文档": "a PowerPoint presentation",
  "ODF 文本文档": "an OpenDocument text document",
  "ODF 演示文稿": "an OpenDocument presentation",
  "ZIP 压缩包": "a zip archive",
  "OLE 复合文档（非表格）": "an OLE compound file that is not a workbook",
  "XML 文档（非表格）": "an XML document that is not a spreadsheet",
  "Apple Numbers 文件": "an Apple Numbers file",
  "PDF 文档": "a PDF document",
  "PNG 图片": "a PNG image",
  "JPEG 图片": "a JPEG image",
  "GIF 图片": "a GIF image",
  "TIFF 图片": "a TIFF image",
  "音视频或 WebP 图片": "audio/video or a WebP image",
  音视频文件: "an audio or video file",
  音频文件: "an audio file",
  "RAR 压缩包": "a RAR archive",
  "7z 压缩包": "a 7z archive",
  "gzip 压缩包": "a gzip archive",
  "bzip2 压缩包": "a bzip2 archive",
  "xz 压缩包": "an xz archive",
  "Windows 程序": "a Windows program",
  程序文件: "a program",
  "RTF 文档": "an RTF document",
  "PostScript 文档": "a PostScript document",
  "SQLite 数据库": "an SQLite database",
  "ZIP 文件太短": "zip file too short",
  "ZIP 结构不完整，文件可能被截断": "incomplete zip structure, the file may be truncated",
  "ZIP 目录已损坏": "damaged zip directory",
  "缺少 [Content_Types].xml": "[Content_Types].xml is missing",
  符号链接循环: "symbolic link loop",
  符号链接指向的文件不存在: "the symbolic link points to a file that does not exist",
  没有读取权限: "permission denied",
  文件名过长: "file name too long",
  不是普通文件: "not a regular file",
  "不是 UTF-8、UTF-16 或 GB18030 文本": "not UTF-8, UTF-16 or GB18030 text",
};

export function readErrorMessage(code: ReadErrorCode, lang: Lang, data: Record<string, string | number>): string {
  const t = READ_ERROR_MESSAGES[code] ?? READ_ERROR_MESSAGES.corrupt;
  const filled: Record<string, string | number> = { reason: "", actual: "", what: "", limit: "", ...data };
  if (lang === "en") {
    for (const k of ["what", "actual", "reason"]) {
      const v = filled[k];
      if (typeof v === "string" && Object.hasOwn(READ_DETAIL_EN, v)) filled[k] = READ_DETAIL_EN[v];
    }
  }
  return format(t[lang], filled);
}
