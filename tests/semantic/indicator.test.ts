/** The semantic facts of indicators, on real rows read through the real reader. */
import { describe, expect, it } from "vitest";
import type { IndicatorFacts } from "../../src/model/semantic.js";
import { analyzeTable } from "../../src/semantic/index.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

const byName = (facts: readonly IndicatorFacts[], name: string) => {
  const f = facts.find((x) => x.indicator.name === name);
  if (!f) throw new Error(`no indicator ${name}`);
  return f;
};

describe("what an indicator measures and which way is better", () => {
  const seed = analyzeTable(seedTable("融资担保补助项目")).indicators;
  it("reads the seed's rows", () => {
    expect(byName(seed, "担保机构满意度")).toMatchObject({ measure: "satisfaction", direction: "higher", percent: true, number: 100, operator: "<=" });
    expect(byName(seed, "资金到位及时率")).toMatchObject({ measure: "rate", rate: "timeliness", direction: "higher" });
    expect(byName(seed, "降低小微企业担保费率")).toMatchObject({ measure: "rate", direction: "unknown" });
    expect(byName(seed, "担保补助资金")).toMatchObject({ measure: "amount", cost: true, money: true, direction: "lower" });
    expect(byName(seed, "对担保机构进行补助")).toMatchObject({ measure: "count", direction: "higher" });
    expect(byName(seed, "解决小微企业融资需求")).toMatchObject({ measure: "amount", cost: false, direction: "higher" });
  });
  it("leaves the direction unknown where it could be a cap", () => {
    const facts = analyzeTable(
      project({}, [
        ["产出指标", "质量指标", "抽检批次", "<=", "50", "批", ""],
        ["", "成本指标", "成本控制率", "<=", "100", "%", ""],
        ["", "数量指标", "受助学生占比", ">=", "30", "%", ""],
        ["", "数量指标", "群众办事跑动次数", "<=", "1", "次", ""],
      ]),
    ).indicators;
    expect(facts.map((f) => f.direction)).toEqual(["unknown", "unknown", "unknown", "unknown"]);
    expect(facts[1]).toMatchObject({ rate: "cost-control", cost: true });
    expect(facts[2]).toMatchObject({ rate: "share" });
  });
  it("knows bad outcomes and time limits", () => {
    const facts = analyzeTable(
      project({}, [
        ["产出指标", "质量指标", "逾期发放率", ">=", "100", "%", ""],
        ["", "质量指标", "投诉处理及时率", ">=", "98", "%", ""],
        ["", "时效指标", "审批办结时限", "<=", "10", "个工作日", ""],
        ["", "数量指标", "免费开放天数", "=", "300", "天", ""],
      ]),
    ).indicators;
    expect(facts[0]).toMatchObject({ badOutcome: true, rate: "bad-outcome", direction: "lower" });
    expect(facts[1]).toMatchObject({ badOutcome: false, rate: "timeliness", direction: "higher" });
    expect(facts[2]).toMatchObject({ measure: "duration", direction: "lower" });
    expect(facts[3]).toMatchObject({ measure: "duration", direction: "higher" });
  });
});

describe("the target through the value grammar", () => {
  it("merges the operator column, the value's operator and its unit", () => {
    const [a, b, c, d, e] = analyzeTable(
      project({}, [
        ["产出指标", "数量指标", "开展送戏进万村", "", "≥70村", "", ""],
        ["", "质量指标", "博物馆绩效考核指标完成率", "", "=100百分比", "", ""],
        ["", "成本指标", "预算成本", "", "≦380万", "", ""],
        ["", "质量指标", "合格率", "", "95%以上", "", ""],
        ["", "数量指标", "培训人数", ">=", "200", "人", ""],
      ]),
    ).indicators;
    expect(a).toMatchObject({ operator: ">=", operatorIn: "value", number: 70, unit: { text: "村", source: "value" }, measure: "count" });
    expect(b).toMatchObject({ operator: "=", number: 100, percent: true, unit: { text: "百分比", source: "value" } });
    expect(c).toMatchObject({ operator: "<=", number: 380, measure: "amount", cost: true });
    expect(c.unit?.info).toMatchObject({ family: "magnitude", scale: 1e4 });
    expect(d).toMatchObject({ operator: ">=", operatorRaw: "以上", number: 95 });
    expect(e).toMatchObject({ operator: ">=", operatorIn: "column", unit: { text: "人", source: "column" } });
  });
  it("takes the unit from the name's brackets and template hints (corpus 25)", () => {
    const facts = analyzeTable(corpusTable("25")).indicators;
    expect(byName(facts, "实施营造林总面积(亩)").unit).toMatchObject({ text: "亩", source: "name" });
    expect(byName(facts, "苗木成活率(≥**%)")).toMatchObject({ percent: true, nameOperator: ">=", unit: { source: "name" } });
    expect(byName(facts, "项目总投入(≥**万元)")).toMatchObject({ measure: "amount", cost: true, money: true });
    expect(byName(facts, "受益人数(人)")).toMatchObject({ counted: "people", unit: { text: "人" } });
  });
  it("reads a value of only a unit, or only an operator (corpus 34)", () => {
    const facts = analyzeTable(corpusTable("34")).indicators;
    expect(facts.map((f) => f.value.kind)).toEqual(["unit-only", "unit-only", "unit-only", "unit-only", "unit-only"]);
    expect(facts[4]).toMatchObject({ operator: ">=", number: null, percent: true });
  });
  it("does not take words for a counter and a thing counted (支出规范 is not 支 + 出规范)", () => {
    const [f] = analyzeTable(project({}, [["产出指标", "成本指标", "经费支出规范性", "", "支出规范", "", ""]])).indicators;
    expect(f.value.kind).toBe("text");
    expect(f.wording).toMatchObject({ text: "支出规范", restatesName: true });
  });
});

describe("how a qualitative target reads", () => {
  const words = (...values: string[]) => analyzeTable(project({}, values.map((v, i) => ["效益指标", "社会效益指标", `指标${i}号`, "", v, "", ""]))).indicators.map((f) => f.wording!);
  it("grades the lexicon: strong words, weak words alone, tiers, yes/no, numbers", () => {
    const [strong, weak, weakWithObject, tier, yes, level, number] = words("稳步提高", "按计划实施", "验收合格", "部分达成", "是", "高", "较上年提高5%");
    expect(strong.vague[0]).toEqual({ word: "稳步", grade: "strong" });
    expect(weak).toMatchObject({ onlyVague: true, vague: [{ word: "按计划", grade: "weak" }] });
    expect(weakWithObject.onlyVague).toBe(false);
    expect(tier.tier).toBe(true);
    expect(yes.yesNo).toBe("yes");
    expect(level.level).toBe("high");
    expect(number.hasNumber).toBe(true);
  });
  it("sees a value that only restates the name", () => {
    const facts = analyzeTable(corpusTable("05")).indicators;
    expect(byName(facts, "提升博物馆绿化水平").wording?.restatesName).toBe(true);
    expect(byName(facts, "为当地提供就业LJUI,冈位").wording?.restatesName).toBe(false);
  });
  it("reads the nature from the 指标性质 column (corpus 08)", () => {
    const facts = analyzeTable(project({ columns: ["三级指标", "指标性质", "指标值"] }, [["发放人数", "≥", "80"], ["促进社会和谐", "定性", ""]])).indicators;
    expect(facts.map((f) => f.nature)).toEqual([null, "qualitative"]);
    expect(facts[0].operator).toBe(">=");
    expect(facts[1].nameVague[0]).toEqual({ word: "促进", grade: "strong" });
  });
});
