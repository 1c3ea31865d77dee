/**
 * What an indicator's name says about it: a satisfaction, a rate and of which kind, a bad outcome, a
 * cost, a time limit, what is counted. Names are read on their folded form (simplified characters,
 * NFKC, no white space), so 滿意度 and 满意度 are one word. Tuned for precision: "don't know" is an
 * answer, a wrong guess is a false alarm in some rule. Plain functions over the two memoized folded forms:
 * indicator.ts reads each distinct name once, with all of them (readName).
 */
import type { Counted, RateKind } from "../model/semantic.js";
import { memo } from "../model/memo.js";
import { matchKey, numbersInText, stripPinyin, toSimplified } from "../grammar/index.js";

/** The form names are matched on. */
export const nameKey = memo((name: string): string => matchKey(name));

/**
 * The name without what is not the name: numbering (指标1:), template hints and unit brackets at the end
 * ((≥**%), (亩), (必填)), trailing punctuation.
 */
export const coreName = memo((name: string): string =>
  toSimplified(stripPinyin(name))
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/^(指标\d+|\d+)[:：.、]/u, "")
    .replace(/(\([^()]{0,12}\))+$/u, "")
    .replace(/[。.，,；;：:、]+$/u, ""),
);

/** 满意度 / 满意率 / 满意程度 (not 不满意率, not 满意度调查次数: they count the survey). */
export const isSatisfactionName = (raw: string): boolean => {
  const n = nameKey(raw);
  return /满意/u.test(n) && !/不满意|满意度?(调查|测评)[^，,]*(次数|覆盖率|份数|人数|场次|率)$/u.test(n);
};

/** Rates and shares by their name: …率, 比例, 占比, 比重, 百分比 (满意度 too). */
export const isRateName = (raw: string): boolean => /率|比例|占比|比重|百分比|满意度/u.test(coreName(raw));

/** Words that name a share, whatever else the name says. */
const EXPLICIT_SHARE = /率|比例|占比|比重|百分比|满意/u;
/** Words that make a percentage read as a share: 完成, 合格, 覆盖, 及时, 质量 … and names ending in 性 or 度 (及时性, 完成度). */
const SHARE_WORDS = /合格|达标|完成|覆盖|普及|及时|按时|准时|按期|到位|准确|正确|知晓|执行|使用|利用|达成|通过|验收|规范|完好|效率|优良|质量|进度|出勤|处理|回收|治理|增速|增幅|增长|增收|降幅|[性度]$/u;
/** A change of something measurable (农民收入提高 10%) is a share of the change. */
const CHANGE = /提高|提升|增加|节约|节省|下降|减少|降低/u;
/** …but a change of something abstract (办学水平提高, 教学条件改善) is an aim, whatever the percentage. */
const ABSTRACT = /水平|条件|能力|意识|环境|作用|影响|效益|效果|氛围|形象|品位|素养|秩序|稳定|和谐|发展|质量|面貌|活力/u;

/**
 * A name that implies a share even without 率: "质量达标 100%" reads as a pass rate, "农民收入提高 10%" as a
 * growth; "办学水平提高 = 100%" does not (an abstract aim).
 */
export const impliesRate = (raw: string): boolean => {
  const n = coreName(raw);
  if (EXPLICIT_SHARE.test(n)) return true;
  const change = CHANGE.test(n);
  if (change && ABSTRACT.test(n)) return false;
  return change || SHARE_WORDS.test(n);
};

/** Growth and change rates (增长率, 增速, 增幅 …) can legitimately exceed 100 % or be low. */
export const isGrowthName = (raw: string): boolean =>
  /增长|增速|增幅|增加率|提高率|提升率|同比|环比|下降率|降低率|减少率|降幅|变化率|转化率|贡献率|回报率|收益率|利润率/u.test(nameKey(raw));

export const isTimelinessName = (raw: string): boolean => /及时|按时|准时|按期|如期|时效/u.test(nameKey(raw));

export const isCompletionName = (raw: string): boolean =>
  /完成率|完成度|完成比例|到位率|执行率|兑现率|落实率|办结率|结案率|公布率|发放率|拨付率|支付率|入学率|巩固率|达成率|下达率/u.test(nameKey(raw));

export const isUsageName = (raw: string): boolean => /使用率|利用率|使用效率|出勤率|上座率|入住率/u.test(nameKey(raw));

export const isCoverageName = (raw: string): boolean => /覆盖|普及率|参保率|受益率|知晓率/u.test(nameKey(raw));

export const isQualityRateName = (raw: string): boolean =>
  /合格率|达标率|通过率|准确率|正确率|符合率|合规率|规范率|验收率|优良率|优秀率|完好率/u.test(nameKey(raw));

/** Process / finance-management indicators: they measure fund handling, not what the money delivers. */
export const isProcessName = (raw: string): boolean => {
  const n = coreName(raw);
  return (
    /(资金|经费|预算|支出|财政)[^，,；;]{0,6}?(到位率|执行率|支出率|使用率|拨付率|支付率|结余率|执行进度|支出进度)$/u.test(n) ||
    /^(预算执行率|资金到位率|资金支出率|支出到位率|结余率)$/u.test(n) ||
    // 经费有效使用情况 = 100 %, 资金使用效率: how the money is handled, said without 率.
    /^(项目)?(资金|经费|预算)[^，,；;]{0,4}(使用|执行|支出|拨付|到位)(情况|效率|进度)$/u.test(n) ||
    /科目调整/u.test(n)
  );
};

/** A cost-control rate (成本控制率, 预算控制率, 节支率): an upper bound of 100 % is right. */
export const isCostControlName = (raw: string): boolean => {
  const n = nameKey(raw);
  return /(成本|费用|经费|预算|支出|造价|开支)[^，,]{0,4}控制|控制[^，,]{0,4}(成本|费用|经费|预算|支出|造价)|节支率|成本率|(成本|费用|经费|支出|资金)[^，,]{0,4}(节约|节省|降低|压减)率/u.test(n);
};

/** Bad outcomes, where smaller is better (逾期率, 事故数, 投诉率, 故障率 …) — not the handling of them (投诉处理及时率). */
export const isBadOutcomeName = (raw: string): boolean => {
  const n = nameKey(raw);
  if (!/逾期|事故|投诉|故障|发生率|损失率|差错|失误|出错|超支|不合格|不达标|返工|违规|违纪|违法|伤亡|死亡|案件|漏检|误报|退回率|不良率|空置率|流失率|辍学|应保未保|未保|发病率|超标|违约|坏账|代偿率|不满意/u.test(n)) {
    return false;
  }
  if (/(处理|处置|查处|办结|结案|整改|化解|修复|排除|解决|回复|响应|答复|破案|清理|消除|治理|整治|下降|降低|减少)[^，,]{0,4}率$|及时率$|满意度$|满意率$|知晓率$|覆盖率$/u.test(n)) return false;
  // Cases handled are work done, more is better: 投诉举报处理件数, 受理法律援助案件数量, 查处违法案件 (件).
  return !/(处理|处置|查处|查办|办理|办结|受理|审结|结案|调处|调解|化解|核查|整改|破案|侦破|援助)[^，,]{0,8}(数量|件数|次数|起数|宗数|个数|批次|件|宗|起|次|数)$|^(受理|办理|查处|查办|审结|调处|调解|化解|处理|处置|核查|整改)/u.test(n);
};

/**
 * A level to be brought down (降低…费率, 降低…成本, 减少…费用): `<=` is right. Names that measure the
 * reduction itself (降低率, 下降幅度) are not included.
 */
export const isLoweringName = (raw: string): boolean => {
  const n = nameKey(raw);
  if (/(降低|下降|减少)(率|幅度|比例|额)$|降幅$/u.test(n)) return false;
  return /^(降低|减少|减轻|下降|压减|压缩|控制|节约|节省|削减)/u.test(n) || /(降低|减轻|压减|压缩)[^，,]{0,12}(率|费|成本|价格|负担|支出|费用)/u.test(n);
};

/** A name about lowering a level (故障率降低, 投诉量下降, 审批时限缩短): its number may be the reduction, not the level reached. */
export const isChangeOfName = (raw: string): boolean => /降低|下降|减少|减轻|压降|压减|降幅|减幅|缩短/u.test(nameKey(raw));

/**
 * Counts where fewer is better or a cap is natural: burdens (办理环节, 跑动次数, 会议次数), resources used up
 * (占用耕地面积, 临时用地, 车辆行驶里程), staff and trips kept in bounds (编外聘用人数, 出国团组数),
 * sizes per unit (每班学生人数, 单次培训人数, 服务半径), and social ills that a count may cap or a programme
 * may reduce (返贫人数, 失业人数, 欠薪企业数 — but 帮扶失业人员再就业人数 ≥ 100 is good). No direction is assumed.
 */
export const isBurdenName = (raw: string): boolean =>
  /环节|跑动|跑腿|材料|手续|证明|会议|三公|公务接待|公务用车|差旅|信访|上访|排放|能耗|耗能|用电|用水|消耗|时限|时长|用时|耗时|等待|上限|以内|不超过|控制|占用|临时用地|聘用|编外|派遣|用工|出国|出访|团组|行驶里程|半径|班额|每班|每次|单次|每批|(火灾|灾害|疫情|疫病)[^，,]{0,4}(发生|次数|起数)|病死|超载|超限|返贫|致贫|失业|下岗|流浪|乞讨|重复|欠薪|拖欠|零就业|无证|非法|违章|违建|滞留|积压|拥堵/u.test(nameKey(raw));

/** A cost by its name: 成本, 单价, 造价, 补助标准 … (a rate only when it is a cost rate). */
export const isCostName = (raw: string): boolean => {
  const n = coreName(raw);
  if (/率$/u.test(n) && !/成本率|费率|控制率|节支率/u.test(n)) return false;
  return /成本|单价|造价|补助标准|补贴标准|资助标准|支出标准|发放标准|收费标准|总投入|总投资|投资总额|项目金额|预算成本/u.test(n);
};

/**
 * A whole project's investment (项目总投资 1200 万元, 计划总投入, 工程概算): it may span several years and
 * funding sources, so it is not bounded by the one year's budget of the table.
 */
export const isWholeProjectCostName = (raw: string): boolean => /总投资|投资总额|总投入|计划投资|概算|总造价|工程造价/u.test(coreName(raw));

/** Money the project draws in from others (带动社会总投资, 撬动社会资本投资总额): a result, more is better, never the project's cost. */
export const isLeveragedMoneyName = (raw: string): boolean => /带动|撬动|吸引|拉动|引导|引进|招引|招商|社会资本|社会投资|社会资金/u.test(nameKey(raw));

/** Wording that makes a cost word someone else's saving, a funding guarantee or an effect (降低企业融资成本, 经费保障机制). */
export const isCostBenefitWording = (raw: string): boolean =>
  isLoweringName(raw) || /降低|减轻|减少|节约|节省|下降|压减|节支|缓解|保障|机制|分担/u.test(nameKey(raw));

/** A money amount by its name (补助资金金额, 项目总成本, 发放金额). */
export const isMoneyName = (raw: string): boolean => /金额|资金|经费|费用|成本|投资|投入|造价|补助|补贴|奖励|奖补|工资|报酬|预算|款/u.test(coreName(raw));

/** Durations and time limits (审批时限 10 个工作日): smaller is better. */
export const isTimeLimitName = (raw: string): boolean =>
  /时限|用时|耗时|期限|工期|周期|(办结|办理|审批|响应|等待|处理|排队|到达|维修)(时间|时长)/u.test(nameKey(raw)) && !isServiceDaysName(raw);

/** Days of service (免费开放天数, 正常运转天数): more is better. */
export const isServiceDaysName = (raw: string): boolean => /(开放|运行|运转|服务|开展|工作|上课|演出|展出|培训|志愿|学习|授课)[^，,]{0,6}(天数|时间|时数|日数|时长|课时)$/u.test(coreName(raw));

/** A deadline by its name (项目完成时间, 完成时限, 时间节点). */
export const isDeadlineName = (raw: string): boolean => /完成时间|完成时限|完工时间|完成日期|竣工时间|时间节点|截止时间|完成期限|结束时间/u.test(coreName(raw));

/** A count by its name: …数, …数量, …个数, …人数, …次数 (not 指数, 系数). */
export const isCountName = (raw: string): boolean => {
  const n = coreName(raw);
  return /(数|数量|个数|总数|人数|次数|户数|家数|场次|人次)$/u.test(n) && !/(指数|系数|倍数|分数|函数|天数|日数|时数|岁数)$/u.test(n);
};

/** Dimensionless numbers: indexes, coefficients, scores (PQI 80, 灌溉水有效利用系数 0.58). */
export const isDimensionlessName = (raw: string): boolean => /指数|系数|比值|倍数|得分|分值|评分|等级|星级|\([A-Z]{2,6}\)/u.test(nameKey(raw));

/** 足额 / 全部 / 全覆盖 / 应保尽保 …: wording that promises 100 %. The word, or null. */
export const fullCoverageWord = (raw: string): string | null => {
  const m = /足额|全额|全部|全覆盖|全面覆盖|全员|应保尽保|应补尽补|应发尽发|应检尽检|应收尽收|应纳尽纳|应享尽享|无遗漏|百分之百/u.exec(nameKey(raw));
  return m ? m[0] : null;
};

/** What a name counts: 户数 → households, 人数 / 人次 / 230人 → people, 次数 → times, 学校数 → places. */
export const countedByName = (raw: string): Counted | null => {
  // 用户数, 客户数, 账户数 count users, clients and accounts (人, 个, 家), not households.
  const n = coreName(raw).replace(/(用|客|账|帐|网)户/gu, "$1者");
  if (/(户数|户次|家庭数|农户数)$|(户数|户次)[（(]/u.test(n) || /户数/u.test(n)) return "household";
  if (/(人数|人次|人员数|人口数|学生数|人口|名额)$/u.test(n) || /人数|人次/u.test(n)) return "people";
  if (/次数$|频次$/u.test(n)) return "times";
  // Stuff, not things: 秸秆利用数量, 垃圾清运量 are tonnes or cubic metres, never 个.
  if (/(秸秆|粮食|垃圾|污水|废水|粪污|粪便|肥料|化肥|农药|饲料|煤炭|燃煤|木材|砂石|土方|淤泥|污泥)[^，,、]{0,6}(数量|量)$/u.test(n)) return "mass";
  for (const m of numbersInText(n)) {
    const f = m.unitInfo?.family;
    if (f === "people") return "people";
    if (f === "household") return "household";
  }
  return null;
};

/** Rate kinds by name, most specific first. */
export function rateKindOf(raw: string): RateKind {
  if (isGrowthName(raw)) return "growth";
  if (isCostControlName(raw)) return "cost-control";
  // Funds left over (结余率, 沉淀率): a process rate, but low is the aim, not 100 %.
  if (/结余|沉淀|闲置/u.test(nameKey(raw))) return "other";
  if (isProcessName(raw)) return "process";
  if (isBadOutcomeName(raw)) return "bad-outcome";
  if (isTimelinessName(raw)) return "timeliness";
  if (isCoverageName(raw)) return "coverage";
  if (isQualityRateName(raw)) return "quality";
  if (isCompletionName(raw)) return "completion";
  if (isUsageName(raw)) return "usage";
  if (/占比|比例|比重/u.test(nameKey(raw))) return "share";
  return "other";
}
