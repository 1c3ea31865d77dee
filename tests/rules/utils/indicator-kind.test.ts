/** The keyword classifiers other rules build on: each list is checked on names from real tables. */
import { describe, expect, it } from "vitest";
import {
  blockOf,
  hasCostIndicator,
  isBadOutcome,
  isCompletionOrCoverage,
  isCost,
  isCostControlRate,
  isFullCoverageWording,
  isGrowthRate,
  isLoweringTarget,
  isNearFullRate,
  isNegative,
  isOutputCount,
  isPositive,
  isProcessIndicator,
  isSatisfaction,
  isTimeliness,
  secondLevelOf,
} from "../../../src/rules/utils/indicator-kind.js";
import { table } from "../../helpers/table.js";

const one = (row: Parameters<typeof table>[1][number]) => table({}, [row]).indicators[0];

describe("name classifiers", () => {
  it.each([
    [isSatisfaction, ["担保机构满意度", "市民对空气质量改善的满意程度", "群众满意率"], ["群众不满意率", "满意度调查覆盖率", "社会认可度"]],
    [isTimeliness, ["资金到位及时率", "项目完成及时性", "按时办结率", "及时拨付相关资金"], ["项目完成率", "完成时限"]],
    [isCompletionOrCoverage, ["开工目标完成率", "符合条件申报对象覆盖率", "资金到位率", "验收合格率"], ["科技成果转化率", "民营企业贷款增速"]],
    [isNearFullRate, ["政策执行到位率", "资金拨付及时率", "验收合格率", "项目实际完成率"], ["科技成果转化率", "5G 网络覆盖率", "受助、受益学生占比"]],
    [isGrowthRate, ["民营企业贷款增速", "产值增长率", "科技成果转化率"], ["验收合格率"]],
    [isCostControlRate, ["成本控制率", "展会成本控制率", "预算控制率"], ["血压控制率", "降低小微企业担保费率"]],
    [isBadOutcome, ["贷款逾期率", "系统性食品安全事故发生次数", "有效投诉次数", "设备故障率", "产品不合格率"], ["违法案件查处率", "安全隐患整改率", "投诉处理及时率", "故障修复率", "验收合格率"]],
    [isLoweringTarget, ["降低小微企业担保费率", "降低企业融资成本", "减轻城乡居民参保成本"], ["能耗降低率", "单位产值能耗下降幅度", "担保补助资金"]],
    [isProcessIndicator, ["资金到位率", "预算执行率", "经费拨付到位率", "结余率", "科目调整次数"], ["资金拨付及时率", "资金使用合规率", "补贴资金发放率"]],
  ] as const)("%o", (fn, yes, no) => {
    for (const n of yes) expect(fn(n), n).toBe(true);
    for (const n of no) expect(fn(n), n).toBe(false);
  });

  it("full-coverage wording", () => {
    for (const s of ["足额发放率", "困难群众全覆盖率", "应保尽保率", "资金全额拨付"]) expect(isFullCoverageWording(s), s).toBe(true);
    for (const s of ["政策覆盖率", "全面提升服务水平", null]) expect(isFullCoverageWording(s), String(s)).toBe(false);
  });
});

describe("levels", () => {
  it("reads second levels with or without 指标 and with a score suffix", () => {
    expect(secondLevelOf({ level2: "数量指标", level2Raw: "数量指标" })).toBe("quantity");
    expect(secondLevelOf({ level2: null, level2Raw: "经济成本指标（0-10分）" })).toBe("economicCost");
    expect(secondLevelOf({ level2: "社会公众满意度指标", level2Raw: null })).toBe("satisfaction");
    expect(secondLevelOf({ level2: "进度指标", level2Raw: null })).toBe("timeliness");
    expect(secondLevelOf({ level2: "其他指标", level2Raw: null })).toBeNull();
  });
  it("infers the block from the second level when the first-level cell is unknown", () => {
    expect(blockOf({ level1: "效果指标", level1Raw: "效果指标", level2: "社会效益指标", level2Raw: null })).toBe("benefit");
    expect(blockOf({ level1: null, level1Raw: null, level2: "质量指标", level2Raw: null })).toBe("output");
    expect(blockOf({ level1: "成本指标（0-20分）", level1Raw: null, level2: "经济成本指标", level2Raw: null })).toBe("cost");
  });
});

describe("direction", () => {
  it("融资担保补助项目: outputs, benefits and satisfaction are positive; the fee rate, the subsidy and cost-control are not", () => {
    expect(isPositive(one(["产出指标", "数量指标", "解决小微企业融资需求", "<=", 15.5, "亿元"]))).toBe(true);
    expect(isPositive(one(["效益指标", "社会效益指标", "促进小微企业健康发展", "<=", 400, "户"]))).toBe(true);
    expect(isPositive(one(["满意度指标", "服务对象满意度指标", "担保机构满意度", "<=", 100, "%"]))).toBe(true);
    expect(isPositive(one(["产出指标", "质量指标", "降低小微企业担保费率", "<=", 1.5, "%"]))).toBe(false);
    expect(isNegative(one(["产出指标", "质量指标", "降低小微企业担保费率", "<=", 1.5, "%"]))).toBe(false);
    expect(isNegative(one(["产出指标", "成本指标", "担保补助资金", "<=", 800, "万元"]))).toBe(true);
    expect(isPositive(one(["产出指标", "成本指标", "成本控制率", "<=", 100, "%"]))).toBe(false);
    expect(isNegative(one(["产出指标", "成本指标", "成本控制率", "<=", 100, "%"]))).toBe(false);
  });
  it("output counts live under 数量 and are not rates, costs or bad outcomes", () => {
    expect(isOutputCount(one(["产出指标", "数量指标", "对担保机构进行补助", "<=", 10, "户"]))).toBe(true);
    expect(isOutputCount(one(["产出指标", "数量指标", "设备利用率", ">=", 95, "%"]))).toBe(false);
    expect(isOutputCount(one(["产出指标", "数量指标", "发放补助资金金额", "<=", 610, "万元"]))).toBe(false);
    expect(isOutputCount(one(["产出指标", "质量指标", "培训人数", ">=", 10, "人"]))).toBe(false);
  });
  it("cost: a 成本 block or a cost name, never a benefit that lowers someone else's cost", () => {
    expect(isCost(one(["成本指标", "经济成本指标", "项目建设成本", "<=", 65, "万元"]))).toBe(true);
    expect(isCost(one(["产出指标", "数量指标", "单位造价", "<=", 3000, "元/平方米"]))).toBe(true);
    expect(isCost(one(["效益指标", "社会效益指标", "降低企业融资成本", null, "降低", null]))).toBe(false);
    expect(hasCostIndicator([one(["效益指标", "经济效益指标", "减轻城乡居民参保成本", null, "减轻成本", null])])).toBe(false);
    expect(hasCostIndicator([one(["产出指标", "质量指标", "成本控制率", "<=", 100, "%"])])).toBe(true);
  });
});
