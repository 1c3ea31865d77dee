/**
 * A file pbm cannot open (damaged, encrypted, not a spreadsheet, an unknown encoding, over a limit) is
 * reported as such, naming the file and the reason — never a crash and never a silent pass. The reason
 * is worded by the reader, which knows the details (the limit that was hit, what the file really is).
 */
import { defineFileRule } from "../model/finding.js";
import type { ReadErrorCode } from "../model/grid.js";
import { READ_ERROR_MESSAGES } from "../model/read-errors.js";

export default defineFileRule<ReadErrorCode>({
  id: "file-unreadable",
  meta: {
    name: { zh: "文件无法读取", en: "File cannot be read" },
    category: "parse",
    severity: "error",
    recommended: true,
    docs: {
      summary: {
        zh: "文件无法读取（损坏、加密、不是表格、编码无法识别或超过限制），其中的内容没有检查。",
        en: "The file cannot be read (corrupt, encrypted, not a spreadsheet, unknown encoding or over a limit); nothing in it was checked.",
      },
    },
    messages: READ_ERROR_MESSAGES,
  },
  *check(file) {
    if (!file.error) return;
    const code = (Object.hasOwn(READ_ERROR_MESSAGES, file.error.code) ? file.error.code : "corrupt") as ReadErrorCode;
    yield { messageId: code, data: { file: file.path, code: file.error.code }, indicator: null, at: null, text: file.error.message };
  },
});
