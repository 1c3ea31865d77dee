/**
 * The same bytes submitted twice in one batch (a department filing one file under two names): every
 * copy after the first, in path order, is flagged and names the first. Only a whole batch shows this.
 */
import { defineBatchRule } from "../model/finding.js";

export default defineBatchRule<"duplicateFile">({
  id: "batch-duplicate-file",
  meta: {
    name: { zh: "文件重复提交", en: "File submitted twice" },
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: { summary: { zh: "同一文件重复提交（内容完全相同）", en: "The same file submitted twice (identical content)" } },
    messages: {
      duplicateFile: {
        zh: "文件 {file} 与 {other} 内容完全相同，属于重复提交；请删去其中一份。",
        en: "{file} is identical to {other} (submitted twice); remove one of them.",
      },
    },
  },
  start() {
    const out: { path: string; other: string }[] = [];
    return {
      scan(f, { copyOf }) {
        if (copyOf !== null) out.push({ path: f.path, other: copyOf });
      },
      *findings() {
        for (const { path, other } of out) yield { path, messageId: "duplicateFile", data: { file: path, other }, table: null, at: null };
      },
    };
  },
});
