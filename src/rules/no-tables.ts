/**
 * A readable file in which no target table was found is never a silent pass: the clerk may have sent
 * the wrong file, or a table whose header pbm does not recognise. The message says what was looked for.
 */
import { defineFileRule } from "../model/finding.js";

export default defineFileRule<"noTables">({
  id: "no-tables",
  meta: {
    name: { zh: "没有找到绩效目标表", en: "No target table found" },
    category: "parse",
    severity: "error",
    recommended: true,
    docs: {
      summary: {
        zh: "文件可以打开，但其中没有找到绩效目标表，因此没有做任何检查。",
        en: "The file opens, but no performance target table was found in it, so nothing was checked.",
      },
    },
    messages: {
      noTables: {
        zh: "文件 {file} 中没有找到绩效目标表，没有做任何检查。pbm 查找的是指标区的表头（如“一级指标”“二级指标”“三级指标”“指标值”，或“绩效指标”“指标名称”“指标内容”）和表头字段（如“项目名称”“预算资金”“年度目标”）。请确认这是绩效目标表；如表头写法特殊，请改成上述写法后再检查。",
        en: "No performance target table was found in {file}; nothing was checked. pbm looks for an indicator header (一级指标, 二级指标, 三级指标, 指标值, or 绩效指标, 指标名称, 指标内容) and header fields (项目名称, 预算资金, 年度目标). Check that this is a target table; if its header is worded differently, use these labels and check it again.",
      },
    },
  },
  *check(file) {
    if (file.error || file.tables.length > 0) return;
    yield { messageId: "noTables", data: { file: file.path }, indicator: null, at: null };
  },
});
