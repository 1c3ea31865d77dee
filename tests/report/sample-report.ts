/**
 * A realistic report for reporter tests: two workbooks with Chinese names and sheets, several tables,
 * findings of every severity (cell-level, table-level, file-level), an unreadable file, a safe fix, and a
 * message carrying markup and quotes (cell text is user data).
 */
import type { Finding, RuleInfo, ValidateReport } from "../../src/model/finding.js";
import type { ReportContext } from "../../src/report/types.js";

export const RULES: RuleInfo[] = [
  {
    id: "file-unreadable",
    category: "parse",
    severity: "error",
    summary: { zh: "文件无法读取", en: "The file cannot be read" },
  },
  {
    id: "missing-cost-indicator",
    category: "structure",
    severity: "error",
    summary: { zh: "项目表缺少成本指标", en: "A project table has no cost indicator" },
  },
  {
    id: "operator-direction",
    category: "operator",
    severity: "error",
    summary: { zh: "满意度、达标率等指标的比较符方向错误", en: "Wrong comparison direction for rates and satisfaction" },
    fixable: "safe",
  },
  {
    id: "unit-mismatch",
    category: "unit",
    severity: "warning",
    summary: { zh: "指标单位与目标或预算单位不一致", en: "Indicator unit differs from the goal or budget unit" },
  },
  {
    id: "vague-value",
    category: "measurability",
    severity: "warning",
    summary: { zh: "指标值含糊（促进、提高等），无法衡量", en: "Vague target value (促进, 提高 …) that cannot be measured" },
    fixable: "suggestion",
  },
  {
    id: "deadline-outside-year",
    category: "deadline",
    severity: "info",
    summary: { zh: "完成时限不在预算年度内", en: "Deadline outside the budget year" },
  },
];

function finding(p: Partial<Finding> & Pick<Finding, "ruleId" | "severity" | "message">): Finding {
  const rule = RULES.find((r) => r.id === p.ruleId);
  return {
    category: rule?.category ?? "parse",
    messageId: "default",
    data: {},
    table: null,
    indicator: null,
    location: null,
    ...p,
  };
}

export const XSS = `<script>window.__pbmXss = 1</script>&"'`;

export const FILE_A = "预算/教育局/2023年绩效目标表.xlsx";
export const FILE_B = "预算/卫健委 绩效#1.xlsx";
export const FILE_BAD = "预算/坏文件.xlsx";
export const FILE_CLEAN = "预算/财政局.csv";

export function sampleReport(): ValidateReport {
  const files: ValidateReport["files"] = [
    {
      path: FILE_A,
      status: "problems",
      tables: [
        { name: "融资担保补助项目", kind: "project", sheet: "表01", range: "A1:H20", indicatorCount: 9, department: "教育局", year: 2023 },
        { name: "省高等学校“双一流”建设", kind: "project", sheet: "表02", range: "A1:H18", indicatorCount: 7, department: "教育局", year: 2023 },
      ],
      findings: [
        finding({
          ruleId: "operator-direction",
          severity: "error",
          messageId: "upperBound",
          message: "满意度指标“担保机构满意度”用了 <=，应为 >=",
          data: { name: "担保机构满意度", operator: "<=" },
          table: "融资担保补助项目",
          indicator: "担保机构满意度",
          location: { sheet: "表01", row: 14, cell: "E14" },
          fix: { kind: "safe", edits: [{ sheet: "表01", cell: "E14", from: "<=", to: ">=" }] },
        }),
        finding({
          ruleId: "unit-mismatch",
          severity: "warning",
          messageId: "goalUnit",
          message: "目标写的是亿元，预算单位是万元",
          data: { unit: "亿元" },
          table: "融资担保补助项目",
          indicator: "补助资金规模",
          location: { sheet: "表01", row: 11, cell: "G11" },
        }),
        finding({
          ruleId: "deadline-outside-year",
          severity: "info",
          messageId: "outside",
          message: "完成时限“2024年6月”不在 2023 预算年度内",
          data: { deadline: "2024年6月" },
          table: "融资担保补助项目",
          indicator: "对担保机构进行补助",
          location: { sheet: "表01", row: 10, cell: "H10" },
        }),
        finding({
          ruleId: "missing-cost-indicator",
          severity: "error",
          messageId: "missing",
          message: "项目表缺少成本指标",
          table: "省高等学校“双一流”建设",
          location: { sheet: "表02", row: 1, cell: "" },
        }),
        finding({
          ruleId: "vague-value",
          severity: "warning",
          messageId: "vague",
          message: `指标值“${XSS}”含糊，无法衡量`,
          data: { value: XSS },
          table: "省高等学校“双一流”建设",
          indicator: "持续改善办学条件",
          location: { sheet: "表02", row: 12, cell: "F12" },
          fix: { kind: "suggestion", edits: [] },
        }),
        finding({
          ruleId: "vague-value",
          severity: "warning",
          messageId: "vague",
          message: "指标值“促进\n发展”含糊，无法衡量",
          data: { value: "促进\n发展" },
          table: "省高等学校“双一流”建设",
          indicator: "促进人才培养",
          location: { sheet: "表02", row: 13, cell: "F13" },
        }),
      ],
    },
    {
      path: FILE_B,
      status: "problems",
      tables: [
        { name: "政府专项-城乡居民医疗保险补助", kind: "transfer", sheet: "Sheet 1", range: "B2:I30", indicatorCount: 12, department: "卫健委", year: 2023 },
      ],
      findings: [
        finding({
          ruleId: "operator-direction",
          severity: "error",
          messageId: "upperBound",
          message: "达标率“参保率”用了 <=，应为 >=",
          table: "政府专项-城乡居民医疗保险补助",
          indicator: "参保率",
          location: { sheet: "Sheet 1", row: 7, cell: "C7" },
          fix: { kind: "safe", edits: [{ sheet: "Sheet 1", cell: "C7", from: "<=", to: ">=" }] },
        }),
        finding({
          ruleId: "vague-value",
          severity: "warning",
          messageId: "vague",
          message: "指标值“减轻成本”含糊, 无法衡量: 100%",
          data: { value: "减轻成本" },
          table: "政府专项-城乡居民医疗保险补助",
          indicator: "减轻城乡居民参保成本",
          location: { sheet: "Sheet 1", row: 20, cell: "F20" },
        }),
      ],
    },
    {
      path: FILE_BAD,
      status: "error",
      tables: [],
      findings: [
        finding({
          ruleId: "file-unreadable",
          severity: "error",
          messageId: "corrupt",
          message: "文件已损坏，无法打开：预算/坏文件.xlsx（zip 结构损坏）",
        }),
      ],
    },
    { path: FILE_CLEAN, status: "ok", tables: [{ name: "部门整体", kind: "department", sheet: "财政局", range: "A1:F15", indicatorCount: 10 }], findings: [] },
  ];
  return {
    files,
    summary: { files: 4, tables: 4, indicators: 38, errors: 4, warnings: 4, infos: 1 },
  };
}

export function cleanReport(): ValidateReport {
  return {
    files: [{ path: FILE_CLEAN, status: "ok", tables: [{ name: "部门整体", kind: "department", sheet: "财政局", range: "A1:F15", indicatorCount: 10 }], findings: [] }],
    summary: { files: 1, tables: 1, indicators: 10, errors: 0, warnings: 0, infos: 0 },
  };
}

export function context(over: Partial<ReportContext> = {}): ReportContext {
  return { cwd: "/work/项目", lang: "zh", rules: RULES, color: false, version: "0.1.0", ...over };
}
