/**
 * `pbm template`: a blank standard 绩效目标表 as xlsx — header block, indicator
 * header, the standard 一级/二级 rows with merged 一级 cells, and a 填报说明 sheet.
 * SheetJS CE writes merges, column widths and number formats but no styles, which
 * is enough for a form people fill in.
 */
import * as XLSX from "xlsx";

export type TemplateKind = "project" | "transfer" | "department";
export const TEMPLATE_KINDS: readonly TemplateKind[] = ["project", "transfer", "department"];

export const TEMPLATE_TITLES: Record<TemplateKind, string> = {
  project: "部门预算项目（政策）绩效目标表",
  transfer: "转移支付整体绩效目标表",
  department: "部门（单位）整体绩效目标表",
};

/** Header-block lines: [label, value cell spans B..H] or a label pair sharing one row. */
type HeaderLine = [string] | [string, string];

const HEADER: Record<TemplateKind, HeaderLine[]> = {
  project: [["项目(政策)名称"], ["主管部门", "实施单位"], ["预算资金情况"], ["其中：财政拨款"], ["其他资金"], ["总体目标"]],
  transfer: [
    ["转移支付名称"],
    ["中央主管部门"],
    ["省级财政部门", "省级主管部门"],
    ["市级财政部门", "市级主管部门"],
    ["转移支付实施期"],
    ["预算资金总额"],
    ["其中：中央补助"],
    ["地方资金"],
    ["总体目标"],
  ],
  // 年度主要任务 after the money lines: right under a blank name, pbm's reader would take it for the name.
  department: [["部门(单位)名称"], ["预算资金总额"], ["其中：财政拨款"], ["其他资金"], ["年度主要任务"], ["年度总体目标"]],
};

export const INDICATOR_HEADER = ["绩效指标", "一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "完成时限"];

/** The standard first- and second-level rows (财预〔2015〕88号 structure, 成本 under 产出). */
export const STANDARD_LEVELS: [string, string[]][] = [
  ["产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]],
  ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
  ["满意度指标", ["服务对象满意度指标"]],
];

export interface TemplateLayout {
  /** 1-based Excel row of the indicator header. */
  headerRow: number;
  /** 1-based rows of the standard 二级 lines, in order, with their levels. */
  rows: { row: number; level1: string; level2: string }[];
  /** Header-block fields and the cell each value goes in. */
  fields: { label: string; cell: string }[];
}

const COLS = 8;

export function templateLayout(kind: TemplateKind): TemplateLayout {
  const headerRow = 3 + HEADER[kind].length + 1;
  const rows: TemplateLayout["rows"] = [];
  let r = headerRow + 1;
  for (const [level1, level2s] of STANDARD_LEVELS) for (const level2 of level2s) rows.push({ row: r++, level1, level2 });
  const fields = HEADER[kind].flatMap((line, i) => {
    const row = 4 + i;
    return line.length === 1 ? [{ label: line[0], cell: `B${row}` }] : [{ label: line[0], cell: `B${row}` }, { label: line[1], cell: `F${row}` }];
  });
  return { headerRow, rows, fields };
}

export function buildTemplate(kind: TemplateKind, year: number): Uint8Array {
  const aoa: (string | number | null)[][] = [];
  const merges: XLSX.Range[] = [];
  const span = (r: number, c1: number, c2: number, r2 = r) => merges.push({ s: { r, c: c1 }, e: { r: r2, c: c2 } });

  aoa.push([TEMPLATE_TITLES[kind]]);
  span(0, 0, COLS - 1);
  aoa.push([`${year} 年`]);
  span(1, 0, COLS - 1);
  aoa.push(["单位：万元"]);
  span(2, 0, COLS - 1);
  for (const line of HEADER[kind]) {
    const r = aoa.length;
    if (line.length === 1) {
      aoa.push([line[0]]);
      span(r, 1, COLS - 1);
    } else {
      aoa.push([line[0], null, null, null, line[1]]);
      span(r, 1, 3);
      span(r, 5, COLS - 1);
    }
  }
  aoa.push([...INDICATOR_HEADER]);
  for (const [level1, level2s] of STANDARD_LEVELS) {
    const first = aoa.length;
    level2s.forEach((level2, k) => aoa.push([null, k === 0 ? level1 : null, level2]));
    if (level2s.length > 1) span(first, 1, 1, first + level2s.length - 1);
  }

  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet["!merges"] = merges;
  sheet["!cols"] = [16, 12, 20, 32, 10, 12, 10, 16].map((wch) => ({ wch }));
  // 完成时限 as text: Excel would turn a typed "2025年12月" into a date serial.
  const layout = templateLayout(kind);
  for (const { row } of layout.rows) sheet[`H${row}`] = { t: "z", z: "@" };
  sheet["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: aoa.length - 1, c: COLS - 1 } });

  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet, "绩效目标表");
  XLSX.utils.book_append_sheet(wb, instructionsSheet(year), "填报说明");
  // sheetStubs: the empty 完成时限 cells are written with their text format.
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true, sheetStubs: true } as XLSX.WritingOptions) as Uint8Array;
}

function instructionsSheet(year: number): XLSX.WorkSheet {
  const aoa: string[][] = [
    ["填报说明"],
    [],
    ["一、运算符号（“运算符号”列只填下列之一）"],
    ["符号", "含义", "适用"],
    [">=", "大于等于（正向指标，越大越好）", "数量、质量（合格率、覆盖率、完成率）、时效（及时率）、效益、满意度"],
    ["<=", "小于等于（反向指标，越小越好）", "成本、费率、故障率、投诉率、事故发生次数"],
    ["=", "等于（必须恰好达到）", "100% 的合格率、支付准确率；法定标准"],
    ["定性", "不填数字，指标值写等级", "好/较好/一般/较差/差，或 达成/部分达成/未达成"],
    ["注意", "比率不能写“>= 100%”（应为“= 100%”）；满意度不能写“<= 100%”（应为“>= 90%”之类）", ""],
    [],
    ["二、度量单位"],
    ["金额", "万元，与表头“单位：万元”一致；不要混用元、亿元", ""],
    ["比率", "指标值只写数字（如 95），度量单位写 %", ""],
    ["数量", "个、人、人次、户、次、项、家、平方米、公里等，与指标名称一致", ""],
    ["时限", `完成时限写到月，如“${year} 年 12 月”，不晚于预算年度末`, ""],
    [],
    ["三、填写要求"],
    ["1", "产出、效益、满意度三类一级指标都要有；项目表的产出指标应包含成本指标", ""],
    ["2", "每个二级指标下至少填写一个三级指标；不适用的二级指标行可删除", ""],
    ["3", "指标值应可衡量，避免“促进”“提高”“明显改善”等无法考核的表述", ""],
    [],
    // Written as prose, not as a header + row: pbm must not find a table on this sheet.
    ["四、示例（一行）"],
    ["示例", `一级“产出指标”，二级“数量指标”，三级“培训基层业务人员人次”，运算符号“>=”，指标值“500”，度量单位“人次”，完成时限“${year} 年 12 月”`, ""],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  sheet["!cols"] = [12, 40, 60, 10, 10, 10, 16].map((wch) => ({ wch }));
  sheet["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
  return sheet;
}
