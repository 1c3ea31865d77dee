/** Words of the audit reports (terminal summary, workbook, html), zh first. */
import type { Category, Lang, RuleInfo, Severity } from "../model/finding.js";
import type { Grade, GroupBy, ScoringSpec } from "../model/audit.js";

const CATEGORY = {
  zh: { structure: "结构", classification: "指标归类", operator: "运算符", unit: "单位", threshold: "指标值", consistency: "一致性", measurability: "可衡量性", deadline: "完成时限", parse: "读取" },
  en: { structure: "structure", classification: "classification", operator: "operator", unit: "unit", threshold: "threshold", consistency: "consistency", measurability: "measurability", deadline: "deadline", parse: "parse" },
} satisfies Record<Lang, Record<Category, string>>;

const SEVERITY = { zh: { error: "错误", warning: "警告", info: "提示" }, en: { error: "error", warning: "warning", info: "info" } } satisfies Record<Lang, Record<Severity, string>>;

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
    unreadable: "无法读取",
    noTable: "未找到表",
    noIndicators: "无指标表",
    guessed: "按文件夹推定",
    ruleId: "规则编号",
    link: "打开",
    isNew: "新增问题",
    fixed: "已整改",
    recurring: "仍存在",
    previousScore: "上次得分",
    status: "变化",
    item: "项目",
    value: "内容",
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
    targetValue: "指标值",
    unit: "度量单位",
    deadline: "完成时限",
  },
  sheets: { summary: "汇总", scoring: "评分说明", findings: "问题清单", rules: "规则统计", indicators: "指标清单", changes: "历年对比" },
  status: { new: "新增", fixed: "已整改", recurring: "仍存在" } as Record<"new" | "fixed" | "recurring", string>,
  scoringTitle: "评分说明",
  scoringRows: {
    formula: "计算公式",
    failures: "失败项",
    bands: "等级划分",
    weights: "扣分权重",
    weightNames: { failure: "每个失败项", error: "每个错误", warning: "每个警告", info: "每个提示" } as Record<keyof ScoringSpec["weights"], string>,
    guess: "部门归属",
    guessText: "每张表按其表头所填的主管部门（主管部门及其编码、业务主管部门等），否则按预算单位、编制单位、填报单位，否则按部门（单位）名称、实施单位归属；提供了 --departments 对照表时按编码或名称换成标准名称。文件中没有任何表写明部门时（无法读取、未找到表），才按所在文件夹推定，并在“按文件夹推定”一栏计数。",
    config: "修改方法",
    configText: "在 pbm.config.json 的 audit.scoring 中设置 weights（failure、error、warning、info）和 grades（name、min）。",
  },
  history: (prev: string) => `与上次审核（${prev}）相比`,
  trend: "历年趋势",
  axis: { count: "问题数", score: "得分", run: "审核批次", rule: "规则", group: "部门" },
  legend: { error: "错误", warning: "警告", info: "提示", mean: "平均得分" },
  total: "合计",
  title: "pbm 批量审核报告",
  byCategory: "问题按类别",
  byRule: "问题最多的规则",
  ranking: (g: string) => `各${g}得分排名（由低到高）`,
  perGroup: (g: string) => `各${g}问题明细`,
  noFindings: "未发现问题",
  moreInWorkbook: (n: number) => `另有 ${n} 项未在此列出，见审核工作簿中本部门的工作表`,
  guessNote: (n: number) => `${n} 个文件未写明部门，按所在文件夹推定`,
  totals: (f: number, t: number, k: number, e: number, w: number, i: number) => `共 ${f} 个文件、${t} 张表、${k} 个指标；${e} 个错误、${w} 个警告、${i} 个提示`,
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
    unreadable: "Unreadable",
    noTable: "No table",
    noIndicators: "No indicators",
    guessed: "Placed by folder",
    ruleId: "Rule id",
    link: "Open",
    isNew: "New",
    fixed: "Fixed",
    recurring: "Recurring",
    previousScore: "Previous score",
    status: "Change",
    item: "Item",
    value: "Value",
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
    targetValue: "Target value",
    unit: "Unit",
    deadline: "Deadline",
  },
  sheets: { summary: "Summary", scoring: "Scoring", findings: "Findings", rules: "Rules", indicators: "Indicators", changes: "Changes" },
  status: { new: "new", fixed: "fixed", recurring: "recurring" },
  scoringTitle: "How scores are computed",
  scoringRows: {
    formula: "Formula",
    failures: "Failures",
    bands: "Grades",
    weights: "Weights",
    weightNames: { failure: "per failure", error: "per error", warning: "per warning", info: "per info" },
    guess: "Departments",
    guessText: "Each table goes to the department its header names (主管部门 and its variants), else its 预算单位 / 编制单位 / 填报单位, else its 部门（单位）名称 or 实施单位; with --departments, codes and names are mapped to the canonical name. Only a file none of whose tables names a department (unreadable, no table) is placed by its folder, counted under \"Placed by folder\".",
    config: "Changing it",
    configText: "Set audit.scoring.weights (failure, error, warning, info) and audit.scoring.grades (name, min) in pbm.config.json.",
  },
  history: (prev) => `Since the previous audit (${prev})`,
  trend: "Trend",
  axis: { count: "Findings", score: "Score", run: "Audit run", rule: "Rule", group: "Department" },
  legend: { error: "errors", warning: "warnings", info: "infos", mean: "mean score" },
  total: "Total",
  title: "pbm batch audit report",
  byCategory: "Findings by category",
  byRule: "Most frequent rules",
  ranking: (g) => `${g}s ranked by score (lowest first)`,
  perGroup: (g) => `Findings per ${g.toLowerCase()}`,
  noFindings: "No problems found",
  moreInWorkbook: (n) => `${n} more not listed here: see this department's sheet in the audit workbook`,
  guessNote: (n) => `${n} file(s) name no department and were placed by their folder`,
  totals: (f, t, k, e, w, i) => `${n(f, "file")}, ${n(t, "table")}, ${n(k, "indicator")}; ${n(e, "error")}, ${n(w, "warning")}, ${n(i, "info")}`,
  more: (n) => `${n} more not shown`,
};

export function auditLabels(lang: Lang): typeof zh {
  return lang === "en" ? en : zh;
}
export const categoryLabel = (c: Category, lang: Lang): string => CATEGORY[lang][c] ?? c;
export const severityLabel = (s: Severity, lang: Lang): string => SEVERITY[lang][s] ?? s;
/** A band's name in the report's language (config may give an English one). */
export function gradeLabel(g: Grade, lang: Lang, spec?: ScoringSpec): string {
  if (lang === "zh") return g;
  return spec?.grades.find((b) => b.name === g)?.en ?? { 优: "excellent", 良: "good", 中: "fair", 差: "poor" }[g] ?? g;
}

/** The position of a band, 0 = best: for colours. */
export function gradeRank(g: Grade, spec?: ScoringSpec): { rank: number; of: number } {
  const bands = [...(spec?.grades ?? [{ name: "优", min: 90 }, { name: "良", min: 80 }, { name: "中", min: 60 }, { name: "差", min: 0 }])].sort((a, b) => b.min - a.min);
  const i = bands.findIndex((b) => b.name === g);
  return { rank: i < 0 ? bands.length - 1 : i, of: bands.length };
}

/** The name people read for a rule: its short name, else its id. */
export function ruleName(id: string, rules: readonly RuleInfo[] | Map<string, RuleInfo>, lang: Lang): string {
  const r = rules instanceof Map ? rules.get(id) : rules.find((x) => x.id === id);
  return r?.name?.[lang] ?? id;
}

export const topRulesText = (rules: { ruleId: string; count: number }[], name: (id: string) => string = (id) => id): string => rules.map((r) => `${name(r.ruleId)}×${r.count}`).join(", ");
