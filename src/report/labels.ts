/** Words the reporters print around the findings, zh first. Messages themselves come localized from the engine. */
import type { Lang, Severity } from "../model/finding.js";

const zh = {
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<Severity, string>,
  head: { cell: "单元格", severity: "级别", message: "问题", rule: "规则" },
  sheet: "工作表",
  unreadable: "无法读取",
  fileLevel: "文件问题",
  table: "表",
  problems: (n: number, e: number, w: number, i: number) => `共 ${n} 个问题（${e} 个错误，${w} 个警告，${i} 个提示）`,
  clean: "未发现问题",
  checked: (f: number, t: number, k: number) => `已检查 ${f} 个文件，${t} 张表，${k} 个指标`,
  fixable: (n: number) => `${n} 个问题可用 pbm fix 自动修复`,
  quiet: "（--quiet：只显示错误）",
  statsHead: { rule: "规则", error: "错误", warning: "警告", info: "提示", total: "合计" },
  statsTitle: "按规则统计",
  sep: "：",
  place: "位置",
  wholeTable: "整表",
  paren: (s: string) => `（${s}）`,
  passed: "pbm 检查通过",
  ghOmitted: (n: number) =>
    `另有 ${n} 个问题未显示为注释（GitHub 每个步骤最多显示 10 个错误和 10 个警告注释）；完整列表见作业摘要或 SARIF 报告`,
  mdTitle: "pbm 绩效目标表检查结果",
  mdTotals: { files: "文件", tables: "表", indicators: "指标", errors: "错误", warnings: "警告", infos: "提示" },
  mdTruncated: (shown: number, total: number) => `仅列出前 ${shown} 个问题（共 ${total} 个）；完整列表请用 \`pbm validate -f html\` 或 \`-f json\` 查看。`,
  htmlTitle: "pbm 检查报告",
  htmlFilter: "按级别筛选：",
  htmlProblems: "个问题",
  /** {shown} is markup the page's script updates. */
  htmlShown: (shown: string, total: number) => `当前显示 ${shown} / ${total} 个问题`,
  fix: "可自动修复",
  suggestion: "修改建议",
  indicators: "个指标",
};

type Labels = typeof zh;

const en: Labels = {
  severity: { error: "error", warning: "warning", info: "info" },
  head: { cell: "Cell", severity: "Severity", message: "Problem", rule: "Rule" },
  sheet: "sheet",
  unreadable: "cannot be read",
  fileLevel: "File problems",
  table: "table",
  problems: (n, e, w, i) =>
    `${n} ${plural(n, "problem")} (${e} ${plural(e, "error")}, ${w} ${plural(w, "warning")}, ${i} ${plural(i, "info")})`,
  clean: "No problems found",
  checked: (f, t, k) => `checked ${f} ${plural(f, "file")}, ${t} ${plural(t, "table")}, ${k} ${plural(k, "indicator")}`,
  fixable: (n) => `${n} ${plural(n, "problem")} can be fixed automatically with pbm fix`,
  quiet: "(--quiet: errors only)",
  statsHead: { rule: "Rule", error: "Errors", warning: "Warnings", info: "Infos", total: "Total" },
  statsTitle: "Problems per rule",
  sep: ": ",
  place: "Location",
  wholeTable: "table",
  paren: (s) => ` (${s})`,
  passed: "pbm passed",
  ghOmitted: (n) =>
    `${n} more ${plural(n, "problem")} not shown as annotations (GitHub shows at most 10 error and 10 warning annotations per step); see the job summary or the SARIF report`,
  mdTitle: "pbm performance target table check",
  mdTotals: { files: "Files", tables: "Tables", indicators: "Indicators", errors: "Errors", warnings: "Warnings", infos: "Infos" },
  mdTruncated: (shown, total) => `Only the first ${shown} of ${total} problems are listed; run \`pbm validate -f html\` or \`-f json\` for all of them.`,
  htmlTitle: "pbm report",
  htmlFilter: "Filter by severity:",
  htmlProblems: "problems",
  htmlShown: (shown, total) => `Showing ${shown} of ${total}`,
  fix: "fixable",
  suggestion: "suggestion",
  indicators: "indicators",
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

export function labels(lang: Lang): Labels {
  return lang === "en" ? en : zh;
}
