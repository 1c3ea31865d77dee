/**
 * Keyword classifiers for 三级 indicator names and their place in the hierarchy.
 * Shared by the operator, threshold, classification and structure rules (and may be
 * imported by other rule files: keep the exports stable, add rather than rename).
 *
 * The word lists come from domain-rules.md §2.5, §3.2 and §3.6; they are tuned for
 * precision — a classifier that says "don't know" is better than a false alarm.
 */
import type { Indicator } from "../../model/records.js";
import { memo } from "../../model/memo.js";

type Named = Pick<Indicator, "name">;
type Placed = Pick<Indicator, "name" | "level1" | "level1Raw" | "level2" | "level2Raw" | "unit" | "valueRaw">;

const squash = memo((s: string) => s.replace(/\s+/g, ""));
const text = (s: string | null | undefined) => squash(s ?? "");

/** 满意度 / 满意率 / 满意程度 (but not 不满意率, a bad outcome). */
export function isSatisfaction(i: Named | string): boolean {
  return isSatisfactionOf(typeof i === "string" ? i : i.name);
}
const isSatisfactionOf = memo((raw: string): boolean => {
  const n = text(raw);
  // 满意度调查次数 / 满意度测评覆盖率 count the survey, not the satisfaction.
  return /满意/.test(n) && !/不满意|满意度?(调查|测评)[^，,]*(次数|覆盖率|份数|人数|场次)$/.test(n);
});

/** Rates and shares: …率, 比例, 占比, 比重, 百分比. */
export function isRateName(name: string): boolean {
  return /率|比例|占比|比重|百分比|满意度/.test(text(name));
}

/** The value is a percentage: unit %, 百分比, or a % inside the value cell. */
export function isPercent(i: Pick<Indicator, "unit" | "valueRaw">): boolean {
  return /%|％|百分比|百分点/.test(`${i.unit ?? ""}${i.valueRaw ?? ""}`) && !/百分点/.test(i.unit ?? "");
}

/** A rate: a rate-like name or a % value. */
export function isRate(i: Placed): boolean {
  return isRateName(i.name) || isPercent(i);
}

/** Growth and change rates (增长率, 增速, 增幅 …) can legitimately exceed 100 % or be low. */
export function isGrowthRate(i: Named | string): boolean {
  return isGrowthRateOf(typeof i === "string" ? i : i.name);
}
const isGrowthRateOf = memo((raw: string): boolean => {
  return /增长|增速|增幅|增加率|提高率|提升率|同比|环比|下降率|降低率|减少率|降幅|变化率|转化率|贡献率|回报率|收益率|利润率/.test(
    text(raw),
  );
});

/** Timeliness: 及时率, 及时性, 按时完成率, 按期 …. */
export function isTimeliness(i: Named | string): boolean {
  return isTimelinessOf(typeof i === "string" ? i : i.name);
}
const isTimelinessOf = memo((raw: string): boolean => {
  return /及时|按时|准时|按期|如期|时效/.test(text(raw));
});

/** Completion, coverage and attainment rates: bigger is better, 100 % is the ceiling. */
export function isCompletionOrCoverage(i: Named | string): boolean {
  return isCompletionOrCoverageOf(typeof i === "string" ? i : i.name);
}
const isCompletionOrCoverageOf = memo((raw: string): boolean => {
  return /完成率|完成度|完成比例|覆盖率|覆盖面|到位率|合格率|达标率|通过率|准确率|正确率|发放率|执行率|兑现率|落实率|办结率|结案率|公布率|符合率|合规率|规范率|验收率|优良率|知晓率|参保率|普及率|受益率|拨付率|支付率|使用率|利用率|出勤率|入学率|巩固率|完好率|达成率/.test(
    text(raw),
  );
});

/**
 * Rates that are expected to be close to 100 % (到位率, 及时率, 合格率 …). Deliberately narrower than
 * isCompletionOrCoverage: 覆盖率, 使用率, 转化率 or 占比 can be legitimately low.
 */
export function isNearFullRate(i: Named | string): boolean {
  return isNearFullRateOf(typeof i === "string" ? i : i.name);
}
const isNearFullRateOf = memo((raw: string): boolean => {
  const n = text(raw);
  return /到位率|及时率|合格率|完成率|执行率|发放率|准确率|正确率|达标率|兑现率|落实率|拨付率|支付率|公布率|办结率|符合率|合规率|验收率|验收通过率/.test(n);
});

/** Process / finance-management indicators (domain-rules §2.5, V-15): not performance outputs. */
export function isProcessIndicator(i: Named | string): boolean {
  return isProcessIndicatorOf(typeof i === "string" ? i : i.name);
}
const isProcessIndicatorOf = memo((raw: string): boolean => {
  const n = text(raw);
  return (
    /(资金|经费|预算|支出|财政)[^，,；;]{0,6}?(到位率|执行率|支出率|使用率|拨付率|支付率|结余率|执行进度|支出进度)$/.test(n) ||
    /^(预算执行率|资金到位率|资金支出率|支出到位率|结余率)$/.test(n) ||
    /科目调整/.test(n)
  );
});

/** A cost-control rate (成本控制率, 预算控制率, 节支率): an upper bound (<= 100 %) is right. */
export function isCostControlRate(i: Named | string): boolean {
  return isCostControlRateOf(typeof i === "string" ? i : i.name);
}
const isCostControlRateOf = memo((raw: string): boolean => {
  const n = text(raw);
  return /(成本|费用|经费|预算|支出|造价|开支)[^，,]{0,4}控制|控制[^，,]{0,4}(成本|费用|经费|预算|支出|造价)|节支率|成本率/.test(n);
});

/** Bad outcomes, where smaller is better (逾期率, 事故数, 投诉率, 故障率, 发生率, 损失率 …). */
export function isBadOutcome(i: Named | string): boolean {
  return isBadOutcomeOf(typeof i === "string" ? i : i.name);
}
const isBadOutcomeOf = memo((raw: string): boolean => {
  const n = text(raw);
  if (!/逾期|事故|投诉|故障|发生率|损失率|差错|失误|出错|超支|不合格|不达标|返工|违规|违纪|违法|伤亡|死亡|案件|漏检|误报|退回率|不良率|空置率|流失率|辍学|应保未保|未保|发病率|超标|违约|坏账|代偿率|不满意/.test(n)) {
    return false;
  }
  // 投诉处理及时率, 违法案件查处率, 故障修复率, 事故隐患整改率: handling the bad thing is a good outcome.
  return !/(处理|处置|查处|办结|结案|整改|化解|修复|排除|解决|回复|响应|答复|破案|清理|消除|治理|整治|下降|降低|减少)[^，,]{0,4}率$|及时率$|满意度$|满意率$|知晓率$|覆盖率$/.test(n);
});

/**
 * A level to be brought down (降低…费率, 降低…成本, 减少…费用): `<=` is right, and `>=` may be a
 * reduction amount. Names that measure the reduction itself (降低率, 下降幅度) are not included.
 */
export function isLoweringTarget(i: Named | string): boolean {
  return isLoweringTargetOf(typeof i === "string" ? i : i.name);
}
const isLoweringTargetOf = memo((raw: string): boolean => {
  const n = text(raw);
  if (/(降低|下降|减少)(率|幅度|比例|额)$|降幅$/.test(n)) return false;
  return /^(降低|减少|减轻|下降|压减|压缩|控制|节约|节省|削减)/.test(n) || /(降低|减轻|压减|压缩)[^，,]{0,12}(率|费|成本|价格|负担|支出|费用)/.test(n);
});

/** 足额 / 全部 / 全覆盖 / 应保尽保 …: wording that promises 100 %. */
export function isFullCoverageWording(s: string | null | undefined): boolean {
  return /足额|全额|全部|全覆盖|全面覆盖|全员|应保尽保|应补尽补|应发尽发|应检尽检|应收尽收|应纳尽纳|应享尽享|无遗漏|百分之百/.test(text(s));
}

/** First-level block of an indicator, from its canonical or raw name. */
export type FirstLevel = "output" | "benefit" | "satisfaction" | "cost";

export function firstLevelOf(i: Pick<Indicator, "level1" | "level1Raw">): FirstLevel | null {
  return firstLevelOfText(i.level1 ?? i.level1Raw ?? "");
}
const firstLevelOfText = memo((raw: string): FirstLevel | null => {
  const s = text(raw);
  if (/^产出/.test(s)) return "output";
  if (/^(效益|效果)/.test(s)) return "benefit";
  if (/^满意/.test(s)) return "satisfaction";
  if (/^成本/.test(s)) return "cost";
  return null;
});

/** Second-level kinds (domain-rules §2.4). */
export type SecondLevel =
  | "quantity"
  | "quality"
  | "timeliness"
  | "cost"
  | "economicCost"
  | "socialCost"
  | "ecoCost"
  | "economic"
  | "social"
  | "ecological"
  | "sustainable"
  | "satisfaction";

export function secondLevelOf(i: Pick<Indicator, "level2" | "level2Raw">): SecondLevel | null {
  return secondLevelOfText(i.level2 ?? i.level2Raw ?? "");
}
const secondLevelOfText = memo((raw: string): SecondLevel | null => {
  const s = text(raw).replace(/[（(][^）)]*[）)]/g, "");
  if (!s) return null;
  if (/^(产出)?数量/.test(s)) return "quantity";
  if (/^(产出)?质量/.test(s)) return "quality";
  if (/^(产出)?(时效|进度)/.test(s)) return "timeliness";
  if (/^经济成本/.test(s)) return "economicCost";
  if (/^社会成本/.test(s)) return "socialCost";
  if (/^(生态)?环境成本|^生态(环境)?成本/.test(s)) return "ecoCost";
  if (/^(产出)?成本/.test(s)) return "cost";
  if (/^经济效益/.test(s)) return "economic";
  if (/^社会效益/.test(s)) return "social";
  if (/^(生态|环境)效益/.test(s)) return "ecological";
  if (/^可持续/.test(s)) return "sustainable";
  if (/满意/.test(s)) return "satisfaction";
  return null;
});

/** Filed under a cost block: first-level 成本, or a 成本 / 经济成本 … second-level. */
export function isUnderCost(i: Pick<Indicator, "level1" | "level1Raw" | "level2" | "level2Raw">): boolean {
  const l2 = secondLevelOf(i);
  return firstLevelOf(i) === "cost" || l2 === "cost" || l2 === "economicCost" || l2 === "socialCost" || l2 === "ecoCost";
}

const MONEY_UNIT = /^(元|万元|亿元|千元|元\/.+|万元\/.+)$/;

/** The unit is money (元, 万元, 亿元, 元/人 …). */
export function isMoneyUnit(unit: string | null | undefined): boolean {
  return MONEY_UNIT.test(text(unit));
}

/** A cost by its name: 成本, 费用, 经费, 单价, 补助标准 … (amounts, not rates other than cost rates). */
export function isCostName(i: Named | string): boolean {
  return isCostNameOf(typeof i === "string" ? i : i.name);
}
const isCostNameOf = memo((raw: string): boolean => {
  const n = text(raw);
  if (/率$/.test(n) && !/成本率|费率/.test(n)) return false;
  return /成本|费用|经费|单价|造价|补助标准|补贴标准|资助标准|支出标准|开支|预算|资金|金额|费$/.test(n);
});

/**
 * A cost indicator: filed under 成本, or a cost by name (成本, 单价, 造价 in any block).
 * Money amounts named 资金/金额 outside a cost block are outputs as often as costs, so they only
 * count as costs when filed under 成本.
 */
export function isCost(i: Placed): boolean {
  if (isUnderCost(i)) return true;
  const n = text(i.name);
  // 降低企业融资成本 under 效益 is a benefit (someone else's cost going down), not the project's cost.
  return /成本|单价|造价/.test(n) && !/率$/.test(n) && !isLoweringTarget(n) && firstLevelOf(i) !== "benefit";
}

/** Count-like units (个, 人, 户, 家, 次 …) rather than %, money or time. */
export function isCountUnit(unit: string | null | undefined): boolean {
  return /^(万|千|百)?(个|人|人次|户|家|次|场|场次|项|批|批次|份|篇|件|套|台|辆|所|座|栋|间|处|名|册|条|部|只|头|吨|亩|公顷|平方米|㎡|米|千米|公里|株|棵|张|本|天|小时|课时|期|类|种|批|例|床|幢|宗|位|支|组|单|笔|企业|单位)$/.test(
    text(unit),
  );
}

/** Durations and time limits (审批时限 10 个工作日) can be upper bounds whatever block they sit in. */
export function isDuration(i: Pick<Indicator, "name" | "unit">): boolean {
  return (
    /^(个)?(工作)?(天|日|小时|分钟|周|月|年|季度|工作日|个工作日|个月)$/.test(text(i.unit)) ||
    /时限|时长|时间|周期|天数|工期|期限|用时|耗时/.test(text(i.name))
  );
}

/** A counted output under 数量 (not a rate, cost, duration or bad outcome). */
export function isOutputCount(i: Placed): boolean {
  if (secondLevelOf(i) !== "quantity") return false;
  if (isRate(i) || isCost(i) || isCostName(i) || isBadOutcome(i) || isLoweringTarget(i) || isDuration(i)) return false;
  return true;
}

/** A counted benefit (促进小微企业健康发展 400 户): a count unit under 效益. */
export function isBenefitCount(i: Placed): boolean {
  if (firstLevelOf(i) !== "benefit") return false;
  if (isRate(i) || isCost(i) || isCostName(i) || isBadOutcome(i) || isLoweringTarget(i) || isDuration(i)) return false;
  return isCountUnit(i.unit);
}

/** Bigger is better: satisfaction, timeliness, completion/coverage, output and benefit counts. */
export function isPositive(i: Placed): boolean {
  if (isBadOutcome(i) || isLoweringTarget(i) || isCostControlRate(i) || isCost(i)) return false;
  if (isSatisfaction(i)) return true;
  if (isTimeliness(i) && isRate(i)) return true;
  if (isCompletionOrCoverage(i)) return true;
  return isOutputCount(i) || isBenefitCount(i);
}

/** Smaller is better: costs and bad outcomes. */
export function isNegative(i: Placed): boolean {
  if (isLoweringTarget(i) || isCostControlRate(i)) return false;
  if (isBadOutcome(i)) return true;
  if (isSatisfaction(i) || isCompletionOrCoverage(i)) return false;
  return isCost(i) && !isRate(i);
}

/** The block an indicator belongs to: its first-level, else inferred from its second-level. */
export function blockOf(i: Pick<Indicator, "level1" | "level1Raw" | "level2" | "level2Raw">): FirstLevel | null {
  const l1 = firstLevelOf(i);
  if (l1) return l1;
  const l2 = secondLevelOf(i) ?? secondLevelOf({ level2: i.level1Raw, level2Raw: i.level1Raw });
  switch (l2) {
    case "quantity":
    case "quality":
    case "timeliness":
      return "output";
    case "economic":
    case "social":
    case "ecological":
    case "sustainable":
      return "benefit";
    case "satisfaction":
      return "satisfaction";
    case "cost":
    case "economicCost":
    case "socialCost":
    case "ecoCost":
      return "cost";
    default:
      return null;
  }
}

/** The table has a cost indicator somewhere: a cost block, a cost name, or a cost-control rate. */
export function hasCostIndicator(indicators: readonly Placed[]): boolean {
  return indicators.some(
    (i) => isUnderCost(i) || isCost(i) || isCostControlRate(i) || (isCostName(i) && isMoneyUnit(i.unit)),
  );
}
