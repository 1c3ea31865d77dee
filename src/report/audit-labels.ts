/** Words of the audit reports (terminal summary, workbook, html), zh first. */
import type { Category, Lang, Severity } from "../model/finding.js";
import type { Grade, GroupBy } from "../model/audit.js";

const CATEGORY = {
  zh: { structure: "结构", classification: "指标归类", operator: "运算符", unit: "单位", threshold: "指标值", consistency: "一致性", measurability: "可衡量性", deadline: "完成时限", parse: "读取" },
  en: { structure: "structure", classification: "classification", operator: "operator", unit: "unit", threshold: "threshold", consistency: "consistency", measurability: "measurability", deadline: "deadline", parse: "parse" },
} satisfies Record<Lang, Record<Category, string>>;

const SEVERITY = { zh: { error: "错误", warning: "警告", info: "提示" }, en: { error: "error", warning: "warning", info: "info" } } satisfies Record<Lang, Record<Severity, string>>;
const GRADE_EN: Record<Grade, string> = { 优: "excellent", 良: "good", 中: "fair", 差: "poor" };

const zh = {
  group: { department: "部门", folder: "文件夹", file: "文件" } as Record<GroupBy, string>,
  col: {
    grade: "等级",
    score: "得分",
    files: "文件数",
    tables: "表数",
    indicators: "指标数",
    errors: "错误",
    warnings: "警告",
    infos: "提示",
    topRules: "常见问题（规则×次数）",
    file: "文件",
    table: "表",
    sheet: "工作表",
    cell: "单元格",
    indicator: "指标",
    rule: "规则",
    category: "类别",
    severity: "级别",
    message: "问题说明",
    count: "次数",
    fileCount: "涉及文件",
    groupCount: "涉及分组数",
    summary: "规则说明",
    level1: "一级指标",
    level2: "二级指标",
    name: "三级指标",
    operator: "运算符号",
    value: "指标值",
    unit: "度量单位",
    deadline: "完成时限",
  },
  sheets: { summary: "汇总", findings: "问题清单", rules: "规则统计", indicators: "指标清单" },
  total: "合计",
  title: "pbm 批量审核报告",
  byCategory: "问题按类别",
  byRule: "问题最多的规则",
  ranking: (g: string) => `各${g}得分排名（由低到高）`,
  perGroup: (g: string) => `各${g}问题明细`,
  noFindings: "未发现问题",
  totals: (f: number, t: number, k: number, e: number, w: number, i: number) => `共 ${f} 个文件、${t} 张表、${k} 个指标；${e} 个错误、${w} 个警告、${i} 个提示`,
  scoreNote: "得分 = 100 − (10 × 错误 + 3 × 警告) ÷ 表数（0–100）；90 分及以上为优，80 分及以上为良，60 分及以上为中，其余为差。",
  more: (n: number) => `另有 ${n} 项未显示`,
};

const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const en: typeof zh = {
  group: { department: "Department", folder: "Folder", file: "File" },
  col: {
    grade: "Grade",
    score: "Score",
    files: "Files",
    tables: "Tables",
    indicators: "Indicators",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Infos",
    topRules: "Most frequent rules (rule × count)",
    file: "File",
    table: "Table",
    sheet: "Sheet",
    cell: "Cell",
    indicator: "Indicator",
    rule: "Rule",
    category: "Category",
    severity: "Severity",
    message: "Message",
    count: "Count",
    fileCount: "Files",
    groupCount: "Groups",
    summary: "Rule summary",
    level1: "Level 1",
    level2: "Level 2",
    name: "Indicator",
    operator: "Operator",
    value: "Target value",
    unit: "Unit",
    deadline: "Deadline",
  },
  sheets: { summary: "Summary", findings: "Findings", rules: "Rules", indicators: "Indicators" },
  total: "Total",
  title: "pbm batch audit report",
  byCategory: "Findings by category",
  byRule: "Most frequent rules",
  ranking: (g) => `${g}s ranked by score (lowest first)`,
  perGroup: (g) => `Findings per ${g.toLowerCase()}`,
  noFindings: "No problems found",
  totals: (f, t, k, e, w, i) => `${n(f, "file")}, ${n(t, "table")}, ${n(k, "indicator")}; ${n(e, "error")}, ${n(w, "warning")}, ${n(i, "info")}`,
  scoreNote: "score = 100 − (10 × errors + 3 × warnings) ÷ tables (0–100); grades: excellent ≥ 90, good ≥ 80, fair ≥ 60, else poor.",
  more: (n) => `${n} more not shown`,
};

export function auditLabels(lang: Lang): typeof zh {
  return lang === "en" ? en : zh;
}
export const categoryLabel = (c: Category, lang: Lang): string => CATEGORY[lang][c] ?? c;
export const severityLabel = (s: Severity, lang: Lang): string => SEVERITY[lang][s] ?? s;
export const gradeLabel = (g: Grade, lang: Lang): string => (lang === "en" ? GRADE_EN[g] : g);
export const topRulesText = (rules: { ruleId: string; count: number }[]): string => rules.map((r) => `${r.ruleId}×${r.count}`).join(", ");
