/**
 * The label vocabulary of 绩效目标表 (domain-rules.md §1.2–1.5). Labels are matched on
 * labelKey() text, so full-width brackets and spaces need no alternatives here.
 */
import { memo } from "../model/memo.js";
import { labelKey } from "./text.js";

/** What a header-block label means. */
export type FieldKey =
  | "name"
  | "department"
  | "implementer"
  | "budget"
  | "budgetItem"
  | "goalYear"
  | "goalTotal"
  | "year"
  | "other";

const FIELD_PATTERNS: [FieldKey, RegExp][] = [
  ["name", /^(项目(\(政策\))?(支出)?名称|政策名称|项目支出名称|转移支付(\(项目\))?名称|部门(\(单位\))?名称|单位名称|预算项目名称)(\(.*\))?$/],
  ["department", /^((中央|省级|市级|县级|区级|区县级?|业务)?主管部门|预算部门)(及代码|名称|\(.*\))?$/],
  ["implementer", /^((项目)?实施单位|项目单位|预算单位|用款单位)(及代码|名称|\(.*\))?$/],
  ["budget", /^(预算资金情况|预算资金总额|(中期|年度|当年年度|当年|本年度?|实施期|项目)?(资金总额|预算总额|总预算|预算金额|预算|金额|资金)|资金情况|预算资金|年度本级预算金额|预算申请总额|申请金额)(\(.*\))?$/],
  ["budgetItem", /^(其中[:：]?)?(财政拨款|本级财政(资金)?|财政资金|市财政资金|其他资金|其它资金|自有资金|事业收入|经营性?收入|中央补助|中央资金|地方资金|省级资金|上级(财政)?资金|上年结转(资金)?|政府性基金|专项资金)(\(.*\))?$/],
  ["goalYear", /^(本?年度(总体)?(绩效)?目标|本年度绩效目标|年度主要目标(和成果)?)(\(.*\))?$/],
  ["goalTotal", /^(总体目标|总目标|实施期(绩效)?目标|长期目标|中期目标|绩效目标|项目总体概况|整体绩效目标|总体绩效目标)(\(.*\))?$/],
  ["year", /^(预算|编制|申报|填报|项目|所属)?年度$/],
  ["other", /^((中央|省级|市级|县级|区级)?财政部门|转移支付实施期|项目期|项目(起止|实施)时间|起止时间|项目属性|项目性质|项目类型|项目支出实施期|建设周期|部门\(单位\)职责|部门职责|填报人|联系电话|单位负责人)(\(.*\))?$/],
];

export const fieldKey = memo((text: string): FieldKey | null => {
  if (text.length > 40) return null;
  const k = labelKey(text);
  if (!k || k.length > 24) return null;
  for (const [key, re] of FIELD_PATTERNS) if (re.test(k)) return key;
  return null;
});

/** Roles a column of the indicator header can have. */
export type ColumnRole =
  | "section"
  | "level1"
  | "level2"
  | "name"
  | "operator"
  | "value"
  | "valueMid"
  | "unit"
  | "deadline"
  | "weight"
  | "extra"
  /** A project column of the long layout (项目名称, 主管部门 … as column headers). */
  | "project";

const COLUMN_PATTERNS: [ColumnRole, RegExp][] = [
  ["section", /^((年度|中期|实施期|长期)?绩效指标|指标)$/],
  ["level1", /^一级(指标)?/],
  ["level2", /^二级(指标)?/],
  ["name", /^(三级(指标)?|指标名称|指标内容|绩效指标名称|具体指标|四级指标)/],
  ["operator", /^(运算符号?|指标性质|计算符号|符号|关系符号?|比较符号?|运算)$/],
  ["valueMid", /^(中期|实施期|长期)(指标值|目标值)?$|^(中期|实施期|长期).{0,4}(指标|目标)值/],
  ["value", /^(年度)?(指标值|目标值|指标值及单位|绩效指标值|预期目标值|当年预期实现值|年初目标值.*|目标值\(标准\)|绩效目标值)$|^年度$|^.{0,4}(指标|目标)值(\(.*\))?$/],
  ["unit", /^(度量单位|计量单位|单位|指标单位|指标值单位)$/],
  ["deadline", /^(完成时限|完成时间|时限|完成期限|时间节点)$/],
  ["weight", /^(权重|分值|指标权重|标准分值)(\((%|分)\))?$/],
];

export const columnRole = memo((text: string): ColumnRole | null => {
  if (text.length > 40) return null;
  const k = labelKey(text);
  if (!k || k.length > 20) return null;
  for (const [role, re] of COLUMN_PATTERNS) if (re.test(k)) return role;
  return null;
});

/** Labels that, as column headers, mark a column as an "extra" of the indicator block. */
const EXTRA_COLUMN = /^(指标解释|指标说明|评\(扣\)分标准|评分标准|扣分标准|备注|绩效标准|指标来源|设置依据|指标值类型|指标方向|说明|计算公式|数据来源)/;

export function isExtraColumn(text: string): boolean {
  return EXTRA_COLUMN.test(labelKey(text));
}

/** The title line: …绩效目标表 / …申报表 / …批复表 / …审批表 (not a long sentence that mentions one). */
export function isTitle(text: string): boolean {
  const k = labelKey(text);
  if (k.length > 60 || k.length < 5) return false;
  return /(绩效目标(申报|批复|审批|审核|汇总|一览)?表|(绩效|目标)(申报|批复|审批)表)(\(.*\))?$/.test(k);
}

/** "单位：万元", "金额单位:万元", "单位: 元" — the unit declared for the money of a table. */
export function declaredUnit(text: string): string | null {
  const m = /^(金额|资金|计量)?单位[:：]?(人民币)?(万元|元|亿元|千元)$/.exec(labelKey(text).replace(/[()]/g, ""));
  return m ? m[3] : null;
}

/** A line that only states the year: "2023 年", "2023年度", "(2023年度)". */
export function yearLine(text: string): number | null {
  const m = /^\(?(?:预算年度[:：]?)?((?:19|20)\d{2})年?度?\)?$/.exec(labelKey(text));
  return m ? Number(m[1]) : null;
}

/** A year inside a title: "2023年项目支出绩效目标申报表", "…审批表（2023年度）". */
export function yearInText(text: string): number | null {
  const m = /((?:19|20)\d{2})年/.exec(labelKey(text));
  return m ? Number(m[1]) : null;
}
