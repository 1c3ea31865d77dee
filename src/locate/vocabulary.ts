/**
 * The label vocabulary of 绩效目标表: what a column header or a header-block label says. Labels are matched
 * on labelKey() text (NFKC, simplified characters, no spaces, no * marks), so 績效指標, 绩效 指标 and
 * *三级指标 need no alternatives here. A label only proposes a meaning: column-roles.ts weighs it against
 * what the column holds.
 */
import type { ColumnRole, FieldKey } from "../model/located.js";
import { memo } from "../model/memo.js";
import { labelKey } from "../grammar/index.js";

/** Roles a column label proposes, with how sure the label alone is (0–1). */
export type LabelRoles = Partial<Record<ColumnRole, number>>;

const COLUMN_LABELS: [ColumnRole, number, RegExp][] = [
  ["level1", 1, /^一级(指标)?(名称|类别|类型)?(\(.*\))?$/u],
  ["level1", 0.6, /^(指标类型|指标类别|指标分类|绩效指标分类|指标类|类别|指标层级)$/u],
  ["level2", 1, /^二级(指标)?(名称|类别|类型)?(\(.*\))?$/u],
  ["name", 1, /^三级(指标)?(名称|内容)?(\(.*\))?$/u],
  ["name", 0.9, /^(指标名称|绩效指标名称|具体指标|指标明细|四级指标|指标项目?|考核指标|细化指标)$/u],
  ["name", 0.8, /^(指标内容|考核内容|绩效内容|评价内容|指标名称及内容)$/u],
  ["name", 0.5, /^((年度|中期|实施期|长期|专项(年度|长期)?|项目|部门|整体)?绩效指标|指标)$/u],
  ["section", 0.6, /^((年度|中期|实施期|长期|专项(年度|长期)?|项目|部门|整体|本年度)?绩效指标|指标|绩效目标)$/u],
  ["operator", 1, /^(运算符号?|指标性质|计算符号|符号|关系符号?|比较符号?|运算|比较符|指标值类型|指标属性|指标值性质)$/u],
  ["unit", 1, /^(度量单位|计量单位|单位|指标单位|指标值单位|计算单位|指标计量单位)$/u],
  ["deadline", 1, /^(完成时限|完成时间|时限|完成期限|时间节点|完成时间节点|计划完成时间)$/u],
  ["weight", 1, /^(权重|分值|指标权重|标准分值|指标分值|满分|权重分值)(\((%|分)\))?$/u],
  ["value", 1, /^(年度)?(指标值|目标值)(\([^)]*\))?$/u],
  ["value", 1, /^(当年度?|本年度?|年度)(指标值|目标值|预期目标值?|绩效目标值?|计划值|计划数|预期值)?$/u],
  ["value", 0.9, /^(指标值及单位|绩效指标值|预期目标值?|当年预期实现值|预期实现值|年初目标值.*|目标值\(标准\)|绩效目标值|指标目标值|本年度计划水平|计划水平|计划值|预期值|目标值及单位|绩效目标值及单位|指标值\(.*\))$/u],
  ["value", 0.8, /(指标|目标)值/u],
  ["value", 0.7, /^(全年|本年度?|当年|年度)(绩效)?目标$/u],
  ["value", 0.5, /^(绩效目标|目标|绩效标准值|标准值)$/u],
  ["extra", 1, /^(指标解释|指标说明|指标描述|评\(扣\)分标准|评分标准|扣分标准|备注|绩效标准|评价标准|指标来源|设置依据|指标方向性?|说明|计算公式|数据来源|指标值说明|考核方式|评价方法|指标说明及公式|评价标准确定依据|绩效指标描述|绩效指标评价标准|指标值设定依据|佐证材料|取值依据)/u],
];

/** Labels of value columns that are not the budget year's own target. */
const OTHER_YEAR = /中期|长期|实施期|实施周期|全周期|总体|上年|上一年|前[两三]年|历史|实际|完成值|实现值|执行数|决算/u;
/** …unless the label says it is the year's: 当年度指标值, 年度指标值, 本年度计划水平, 当年预期实现值. */
const THIS_YEAR = /当年|本年|^年度|\(年度\)|预期实现值/u;

export const columnLabelRoles = memo((text: string): LabelRoles => {
  const k = labelKey(text);
  const out: LabelRoles = {};
  if (!k || k.length > 24) return out;
  for (const [role, score, re] of COLUMN_LABELS) if (re.test(k) && (out[role] ?? 0) < score) out[role] = score;
  if (out.value && OTHER_YEAR.test(k) && !THIS_YEAR.test(k)) {
    out.valueOther = out.value;
    delete out.value;
  }
  // 二级指标(长期) / 三级指标(长期): the long-term group's columns.
  return out;
});

/** A label that marks its column as belonging to the long-term group (二级指标(长期), 实施周期指标值). */
export function isOtherYearLabel(text: string): boolean {
  const k = labelKey(text);
  return OTHER_YEAR.test(k) && !THIS_YEAR.test(k);
}

/** Labels under a group label in a second header row: 年度 | 中期, 优 | 良 | 中 | 差, 数据项1. */
const SUB_LABEL = /^(年度|中期|长期|实施期|当年|本年度?|上年度?|优|良|中|差|优秀|良好|合格|不合格|一档|二档|三档|四档|数据项\d*|计划|实际|目标|标准|分值|权重|定量|定性)$/u;

export function isSubLabel(text: string): boolean {
  const k = labelKey(text);
  return SUB_LABEL.test(k) || Object.keys(columnLabelRoles(text)).length > 0;
}

/** Group labels of a top header row (绩效指标 over 一级 | 二级 | 三级, 指标值 over 年度 | 中期, 绩效标准 over 优 … 差). */
const GROUP_LABEL = /^(绩效指标|指标|指标值|目标值|绩效标准|评价标准|绩效指标评价标准|指标值\(.*\)|绩效目标|(年度|中期|长期|实施期|专项年度|专项长期|本年度)绩效指标|考核标准|评分标准|采集数据项|区域目标值|评价指标)$/u;

export function isGroupLabel(text: string): boolean {
  return GROUP_LABEL.test(labelKey(text));
}

const FIELD_PATTERNS: [FieldKey, RegExp][] = [
  ["other", /^(一级项目名称|对应一级项目|一级项目|上级项目名称|父项目名称|所属一级项目)$/u],
  [
    "name",
    /^(二级项目名称|项目(\(政策\))?(支出)?名称|政策名称|项目支出名称|专项(\(项目\))?名称|专项资金名称|资金名称|转移支付(\(项目\))?名称|部门(\(单位\))?名称|单位(\(部门\))?名称|预算项目名称|预算单位名称|项目名|专项资金项目名称|整体支出名称)(\(.*\))?$/u,
  ],
  [
    "department",
    /^((中央|省级|省|市级|市|地市级?|县级|县|区级|区|区县级?|地方|业务|项目)?主管(部门|单位)(\(单位\))?|预算部门|一级预算单位)(及(其)?(代码|编码)|名称|编码|代码|\(.*\))*$/u,
  ],
  [
    "implementer",
    /^((项目)?实施(单位|主体|部门)|项目(执行|承担|责任)?单位|执行单位|用款单位|资金使用单位|预算单位|填报单位|编制单位|申报单位|绩效编制单位|项目单位)(\(.*\))?(及(其)?(代码|编码))?(\(.*\))?$/u,
  ],
  [
    "budgetItem",
    /^(其中[:：]?)?(财政拨款|当年财政拨款|本级财政(资金)?|财政资金|市财政资金|县财政资金|区财政资金|其他资金|其它资金|当年其他资金|自有资金|自筹资金|事业收入|经营性?收入|中央补助(安排)?|中央资金|中央财政资金|地方资金|省级资金|省级财政(安排|资金)?|市级资金|县级资金|本级资金|上级(财政)?资金|上年结转(资金)?|政府性基金|专项资金|其他|其它|基本支出|项目支出|一般公共预算|中央补助安排)(\(.*\))?$/u,
  ],
  [
    "budget",
    /^(预算资金情况|预算资金总额|项目资金总额|(中期|年度|当年年度|当年|本年度?|实施期|项目|全年)?(资金总额|预算总额|总预算|预算金额|预算|金额|资金|预算数|申报数|投入)|预算申报数|资金情况|预算资金|年度本级预算金额|预算申请总额|申请金额|申请资金|项目总投资|总投资|下达中央预算内投资|下达资金|补助资金|年度金额|本年度(申请|预计)?.{0,10}(资金|预算|投入)|当年预算|本年预算|项目预算|专项资金总额|资金规模|区级支出预算总量|支出预算总量|部门预算总额|年度预算数)(\(.*\))?$/u,
  ],
  ["goalYear", /^((本|项目)?年度(总体)?(绩效)?目标|当年(绩效)?目标|本年度绩效目标|年度主要目标(和成果)?|专项年度绩效目标|年度总体绩效目标|当年度绩效目标|年度目标任务|绩效目标总体描述)(\(.*\))?$/u],
  ["goalTotal", /^(总体目标|总目标|实施期(绩效)?目标|实施周期总目标|长期目标|中期目标|中长期(绩效)?目标|专项长期绩效目标|项目总目标|绩效目标|项目总体概况|整体绩效目标|总体绩效目标|项目绩效目标)(\(.*\))?$/u],
  ["year", /^(预算|编制|申报|填报|项目|所属)?年度$/u],
  [
    "period",
    /^(项目期|项目期限|项目起止时间|起止时间|实施期|项目实施期|转移支付实施期|实施周期|建设周期|建设期|项目周期|项目支出实施期|专项起止时间|项目实施时间|执行期|项目(开始|完成|结束)日期|开始日期|结束日期|完成日期|计划(开始|完成)时间|项目(开始|结束)时间)(\(.*\))?$/u,
  ],
  [
    "other",
    /^((中央|省级|市级|县级|区级)?财政部门|项目属性|项目性质|项目类型|项目类别|项目分类|项目口径|资金用途|资金性质|资金来源|立项依据|专项立项依据|项目立项必要性|项目概况|专项概况|基本情况|项目负责人|专项负责人|联系人|联系电话|联系人及电话|项目负责人及电话|部门\(单位\)职责|部门职责|单位职责|填报人|单位负责人|财务负责人|经办人|项目编号|项目编码|部门预算编码|补助区域|组织实施单位|监督管理单位|政策依据|其他依据|项目实施计划|专项实施内容|项目支出明细|归口业务科室|是否政府采购|重要程度|项目联系人|保证项目实施的制度措施|专项属性|项目来源|主要内容|年度主要任务|任务名称)(\(.*\))?$/u,
  ],
];

/** Words every header-block label has one of; a cell without any is no label, and is not looked up. */
const FIELD_HINT = /名|部门|部門|单位|單位|预算|預算|资金|資金|金额|金額|目标|目標|年度|期|时间|時間|日期|概况|概況|依据|依據|负责|負責|联系|聯繫|电话|電話|属性|屬性|类|類|性质|性質|来源|來源|用途|计划|計劃|明细|明細|额|額|投入|投资|投資|拨款|撥款|其他|其它|合计|合計|编|編|区域|區域|科室|职责|職責|任务|任務|情况|情況|措施|内容|內容|程度|口径|口徑|基本|采购|採購|收入|支出|补助|補助|财政|財政|结转|結轉|填|审|審|主管|实施|實施|执行|執行/u;

export const fieldKey = (text: string): FieldKey | null =>
  text.length > 40 || !FIELD_HINT.test(/\s/u.test(text) ? text.replace(/\s+/gu, "") : text) ? null : fieldKeyOf(text);

const fieldKeyOf = memo((text: string): FieldKey | null => {
  const k = labelKey(text);
  if (!k || k.length > 28) return null;
  for (const [key, re] of FIELD_PATTERNS) if (re.test(k)) return key;
  // Two labels in one header (单位名称、项目名称): the column holds the finer one, the last.
  const parts = k.split(/[、/]/u);
  if (parts.length === 2 && parts.every((p) => p.length >= 2)) {
    const keys = parts.map((p) => FIELD_PATTERNS.find(([, re]) => re.test(p))?.[0] ?? null);
    if (keys.every((x) => x !== null && x !== "other")) return keys[1];
  }
  return null;
});

/** Words header-block labels end with: a cell of this shape followed by a value cell is a label. */
const LABEL_SUFFIX = /(名称|部门|单位|编码|代码|金额|资金|预算|投资|拨款|收入|目标|时间|日期|期限|周期|依据|概况|内容|属性|类型|类别|分类|性质|负责人|联系人|电话|年度|来源|用途|计划|措施|情况|说明|意见|职责|任务|编号|口径|程度|区域|科室|问题|明细)(\([^)]*\))?$/u;

/** Could this cell be a label (to be paired with the value beside or below it)? */
export function isLabelLike(text: string): boolean {
  if (!text || text.length > 30) return false;
  if (/[:：]\s*$/u.test(text)) return true;
  if (fieldKey(text) !== null) return true;
  const k = labelKey(text);
  return k.length <= 16 && LABEL_SUFFIX.test(k) && !/\d/u.test(k);
}

/** The title line: …绩效目标表 / …申报表 / …批复表 / …审批表 (not a long sentence that mentions one). */
export const isTitle = memo((text: string): boolean => {
  const k = labelKey(text);
  if (k.length > 90 || k.length < 4) return false;
  return /(绩效目标(申报|批复|审批|审核|汇总|一览|公开)?表|(绩效|目标)(申报|批复|审批)表|目标申报表|绩效指标表|项目指标表|绩效目标表)(\([^)]*\))?$/u.test(k);
});

/** "单位：万元", "金额单位:元", "（单位：人民币万元）" — the unit declared for a table's money. */
export function declaredUnit(text: string): string | null {
  const m = /^\(?(金额|资金|计量)?单位[:：]?(人民币)?(万元|元|亿元|千元)\)?$/u.exec(labelKey(text));
  return m ? m[3] : null;
}

/** The unit in a label like "预算资金情况（万元）" or "资金总额(单位:万元)". */
export function unitInLabel(label: string): string | null {
  const m = /\((?:单位[:：]?)?(?:人民币)?(万元|元|亿元|千元)\)/u.exec(labelKey(label));
  return m ? m[1] : null;
}

/** A line that only states the year: "2023 年", "2023年度", "(2023年度)", "(2020)年度", "2020年度)". */
export function yearLine(text: string): number | null {
  const m = /^\(?(?:预算年度[:：]?)?\(?((?:19|20)\d{2})\)?年?度?\)?$/u.exec(labelKey(text));
  return m ? Number(m[1]) : null;
}

/** A year inside a title: "2023年项目支出绩效目标申报表", "…审批表（2023年度）". */
export function yearInText(text: string): number | null {
  const m = /((?:19|20)\d{2})年/u.exec(labelKey(text));
  return m ? Number(m[1]) : null;
}

/** Rows that end an indicator block: sign-off lines, notes, approval boxes. */
const SIGN_OFF = /^(填表人|填报人|联系人|联系电话|经办人|审核人|审核|负责人|单位负责人|财务负责人|项目负责人|部门负责人|分管领导|上报时间|填报日期|填表日期|报送日期|日期|注|备注|说明|审核意见|主管部门审核意见|财政部门审核意见|财政审核意见|部门审核意见|单位(公章|盖章)|盖章|最近年度绩效评价情况|附件)(\(.*\))?([:：]|$)/u;

export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(labelKey(text));
}

/** 合计 / 小计 / 总计 rows of amounts. */
export function isSubtotal(text: string): boolean {
  return /^(金额)?(合计|总计|小计|合计金额|总额)$/u.test(labelKey(text));
}
