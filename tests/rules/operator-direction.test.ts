import { expect, it } from "vitest";
import rule from "../../src/rules/operator-direction.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

const r = (l1: string, l2: string, name: string, op: string, value: string, unit: string) => [l1, l2, name, op, value, unit, "2023年12月"];

ruleTester(rule, {
  valid: [
    // The seed's ok items: 成本控制率 <= 100 %, 发放补助资金金额 <= 6100000 元, 拨付企业合计金额 = 10317000 元, 改造户数 >= 40.87 万户 …
    { name: "seed 金融专项: 成本控制率 <= 100 %", table: seedTable("2023 年沈阳市金融专项") },
    { name: "seed 服务型制造: <= 6100000 元 on the subsidy amount", table: seedTable("服务型制造示范企业、示范平台（项目）认定奖励") },
    { name: "seed 食品抽查: 事故发生次数 = 0", table: seedTable("食品抽查检验专项经费") },
    { name: "corpus 32: 项目金额 5万元 (no operator), ≥70村", table: corpusTable("32") },
    {
      name: "<= on a fee rate to be lowered, on a time limit and on burdens; >= on positives",
      table: project({}, [
        r("产出指标", "质量指标", "降低小微企业担保费率", "<=", "1.5", "%"),
        r("", "时效指标", "审批办结时限", "<=", "10", "个工作日"),
        r("", "数量指标", "群众办事跑动次数", "<=", "1", "次"),
        r("", "", "会议次数", "<=", "4", "次"),
        r("效益指标", "社会效益指标", "受益群众人数", ">=", "5000", "人"),
        r("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "90", "%"),
      ]),
    },
    {
      name: "cases handled are work done (投诉举报处理件数, 受理法律援助案件数量): >= is right",
      table: project({}, [
        r("产出指标", "数量指标", "投诉举报处理件数", ">=", "1500", "件"),
        r("", "", "受理法律援助案件数量", ">=", "300", "件"),
        r("", "", "查处违法违规案件起数", ">=", "20", "起"),
      ]),
    },
    {
      name: "a subsidy standard under 质量/数量, or a 最低标准 anywhere, is a statutory minimum: >= is right",
      table: project({}, [
        r("产出指标", "质量指标", "人均财政补助标准", ">=", "640", "元/人·年"),
        r("", "数量指标", "生均公用经费补助标准", ">=", "650", "元/生·年"),
        r("", "成本指标", "基础养老金最低标准", ">=", "143", "元/人·月"),
      ]),
    },
    {
      name: "handling a bad thing is a good outcome: >= is right",
      table: project({}, [r("产出指标", "质量指标", "违法案件查处率", ">=", "90", "%"), r("", "时效指标", "投诉处理及时率", ">=", "98", "%")]),
    },
    {
      // 降低… / …降低 names state either the level reached (<= 1.5 %) or the reduction (>= 10 %): both bounds are right.
      name: "a reduction written as a floor: 降低群众就医成本 >= 10 %, 设备故障率降低 >= 20 %, 审批时限缩短 >= 2 天",
      table: project({}, [
        r("效益指标", "社会效益指标", "降低群众就医成本", ">=", "10", "%"),
        r("", "", "减少群众办事支出", ">=", "50", "万元"),
        r("产出指标", "质量指标", "设备故障率降低", ">=", "20", "%"),
        r("", "时效指标", "审批时限缩短", ">=", "2", "个工作日"),
      ]),
    },
    {
      // Money drawn in from others is a result: more is better.
      name: "leveraged investment as a floor: 带动社会总投资 >= 5000 万元, 撬动社会资本投资总额 >= 1 亿元",
      table: project({}, [r("效益指标", "经济效益指标", "带动社会总投资", ">=", "5000", "万元"), r("产出指标", "数量指标", "撬动社会资本投资总额", ">=", "1", "亿元")]),
    },
    {
      // A cap is natural on what is used up, on staff and trips, on sizes per unit, and on bad events.
      name: "caps under 数量: 占用耕地面积, 编外聘用人数, 出国团组数, 每班学生人数, 服务半径, 森林火灾发生次数, 病死猪数量",
      table: project({}, [
        r("产出指标", "数量指标", "占用耕地面积", "<=", "10", "亩"),
        r("", "", "编外聘用人数", "<=", "30", "人"),
        r("", "", "出国团组数", "<=", "1", "个"),
        r("", "", "每班学生人数", "<=", "45", "人"),
        r("", "", "服务半径", "<=", "5", "公里"),
        r("", "", "森林火灾发生次数", "<=", "0", "次"),
        r("", "", "病死猪数量", "<=", "0", "头"),
      ]),
    },
    {
      name: "caps on social ills under 效益: 返贫人数 <= 0, 失业人数 <= 100, 欠薪企业数 <= 0; and no floor assumed on 帮扶失业人员再就业",
      table: project({}, [
        r("效益指标", "社会效益指标", "返贫人数", "<=", "0", "人"),
        r("", "", "城镇登记失业人数", "<=", "500", "人"),
        r("", "", "欠薪企业数", "<=", "0", "家"),
        r("", "", "帮扶失业人员再就业人数", ">=", "100", "人"),
      ]),
    },
    { name: "a count under 质量 may be a cap", table: project({}, [r("产出指标", "质量指标", "抽检批次", "<=", "50", "批")]) },
    { name: "hours of service are an output, not a time limit", table: project({}, [r("产出指标", "数量指标", "志愿服务时长", ">=", "200", "小时"), r("", "", "场馆开放时间", ">=", "300", "天")]) },
  ],
  invalid: [
    {
      name: "the same standard under 成本指标 is a cost ceiling; complaints received (not handled) should fall",
      table: project({}, [
        r("产出指标", "成本指标", "人均财政补助标准", ">=", "640", "元/人·年"),
        r("效益指标", "社会效益指标", "群众投诉件数", ">=", "10", "件"),
      ]),
      errors: [
        { messageId: "floorOnCost", indicator: "人均财政补助标准", cell: "E9" },
        { messageId: "floorOnBadOutcome", indicator: "群众投诉件数", cell: "E10" },
      ],
    },
    {
      name: "seed 融资担保补助项目: the seven <= that cap outputs, benefits and satisfaction",
      table: seedTable("融资担保补助项目"),
      errors: [
        { messageId: "capOnOutputCount", indicator: "解决小微企业融资需求", cell: "E365", data: { value: "<= 15.5 亿元" }, fix: "suggestion" },
        { messageId: "capOnOutputCount", indicator: "对担保机构进行补助", cell: "E366", data: { value: "<= 10 户" }, fix: "suggestion" },
        { messageId: "capOnTimeliness", indicator: "项目完成及时性", cell: "E368", data: { value: "<= 100 %" }, fix: "safe" },
        { messageId: "capOnTimeliness", indicator: "资金到位及时率", cell: "E369", fix: "safe" },
        { messageId: "capOnBenefitCount", indicator: "促进小微企业健康发展", cell: "E371", data: { value: "<= 400 户" }, fix: "safe" },
        { messageId: "capOnBenefitCount", indicator: "担保机构可持续发展", cell: "E372", fix: "safe" },
        { messageId: "capOnSatisfaction", indicator: "担保机构满意度", cell: "E373", data: { value: "<= 100 %" }, fix: "suggestion" },
      ],
    },
    {
      name: "corpus 36: 逾期发放率 >= 100 % (a bad outcome as a floor)",
      table: project({ name: "2023年雨露计划就学补助项目", columns: ["一级指标", "二级指标", "三级指标", "指标值"] }, [
        ["产出指标", "质量指标", "逾期发放率", ">=100%"],
        ["", "时效指标", "就学补助及时发放率", ">=100%"],
      ]),
      errors: [{ messageId: "floorOnBadOutcome", indicator: "逾期发放率", cell: "E9", fix: "suggestion" }],
    },
    {
      name: ">= on a cost and a time limit",
      table: project({}, [r("产出指标", "成本指标", "项目总成本", ">=", "65", "万元"), r("", "时效指标", "审批时限", ">=", "10", "个工作日")]),
      errors: [
        { messageId: "floorOnCost", indicator: "项目总成本", cell: "E9", data: { value: ">= 65 万元" }, fix: "suggestion" },
        { messageId: "floorOnTimeLimit", indicator: "审批时限", cell: "E10" },
      ],
    },
    {
      name: "corpus 09: 发放金额 >= 9.31 万元, the whole budget, as a floor",
      table: project({ name: "在职村村干部补助", budget: "9.31", columns: ["三级指标", "权重", "度量单位", "指标性质", "指标值"] }, [["发放金额", "20", "万元", "≥", "9.31"], ["领取补助人数", "20", "人", "≥", "100"]]),
      errors: [{ messageId: "floorOnBudget", indicator: "发放金额", data: { budget: "9.31 万元" } }],
    },
  ],
});

it("fixes: benefit counts flip to >=, 100 % rates become =; output counts (>= or =?) and satisfaction at 100 % only get a suggestion", () => {
  const found = runRule(rule, seedTable("融资担保补助项目"));
  const byName = Object.fromEntries(found.map((f) => [f.indicator?.name, f.fix]));
  expect(byName["促进小微企业健康发展"]).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "E371", from: "<=", to: ">=" }] });
  expect(byName["对担保机构进行补助"]).toEqual({ kind: "suggestion", edits: [{ sheet: "Sheet1", cell: "E366", from: "<=", to: ">=" }] });
  expect(byName["资金到位及时率"]).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "E369", from: "<=", to: "=" }] });
  expect(byName["担保机构满意度"]).toEqual({
    kind: "suggestion",
    edits: [
      { sheet: "Sheet1", cell: "E373", from: "<=", to: ">=" },
      { sheet: "Sheet1", cell: "F373", from: "100", to: "90" },
    ],
  });
});

it("edits the value cell when the operator is written inside it, in the table's own symbols", () => {
  const t = project({}, [["满意度指标", "服务对象满意度指标", "群众满意度", "", "≤90%", "", "2023年12月"], ["", "", "担保机构满意度", "", "≤100%", "", "2023年12月"]]);
  const [a, b] = runRule(rule, t);
  expect(a.messageId).toBe("capOnSatisfaction");
  expect(a.at?.cell).toBe("F9");
  expect(a.fix).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "F9", from: "≤90%", to: "≥90%" }] });
  expect(b.fix).toEqual({ kind: "suggestion", edits: [{ sheet: "Sheet1", cell: "F10", from: "≤100%", to: "≥90%" }] });
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 08: 发放人数 ≥ 80 (a count without a block)", table: corpusTable("08") }],
  invalid: [{ name: "corpus 36: 逾期发放率 >=100%", table: corpusTable("36"), errors: [{ messageId: "floorOnBadOutcome", indicator: "逾期发放率", cell: "E22", fix: "suggestion" }] }, { name: "corpus 09: 发放金额 ≥ 9.31 万元, the whole budget", table: corpusTable("09"), errors: [{ messageId: "floorOnBudget", indicator: "发放金额", cell: "E15" }] }],
});
