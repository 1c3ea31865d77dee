import { expect, it } from "vitest";
import rule from "../../src/rules/operator-direction.js";
import { ruleTester, runRule } from "../helpers/rule-tester.js";
import { table } from "../helpers/table.js";
import { SEED, seedValid } from "./seed-rows.js";

ruleTester(rule, {
  valid: [
    // Every other seed table, including the ok items: 成本控制率 <= 100 %, 展会成本控制率 <= 100 %,
    // 发放补助资金金额 <= 6100000 元, 拨付企业合计金额 = 10317000 元, 改造户数 >= 40.87 万户, 参保补助人数 >= 400.08 万人,
    // 事故发生次数 = 0, 资金拨付及时率 = 100 %, 验收合格率 = 100 %, 项目完成及时率 >= 95 %, 支付准确率 = 100 %.
    ...seedValid(["rongzi"]),
    {
      name: "融资担保: <= is right on the fee rate to be lowered and on the subsidy amount",
      table: table({ name: "融资担保补助项目", budget: [800, "万元"] }, [
        ["产出指标", "质量指标", "降低小微企业担保费率", "<=", 1.5, "%"],
        ["", "成本指标", "担保补助资金", "<=", 800, "万元"],
      ]),
    },
    {
      name: "bad outcomes and costs with <=, positives with >=",
      table: table({}, [
        ["产出指标", "质量指标", "贷款逾期率", "<=", 3, "%"],
        ["", "", "有效投诉次数", "<=", 2, "次"],
        ["", "成本指标", "单位造价", "<=", 3000, "元/平方米"],
        ["效益指标", "社会效益指标", "受益群众人数", ">=", 5000, "人"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%"],
      ]),
    },
    {
      name: "handling a bad thing is a good outcome: >= is right",
      table: table({}, [
        ["产出指标", "质量指标", "违法案件查处率", ">=", 90, "%"],
        ["", "", "安全隐患整改率", ">=", 95, "%"],
        ["", "时效指标", "投诉处理及时率", ">=", 98, "%"],
        ["", "质量指标", "故障修复率", ">=", 95, "%"],
      ]),
    },
    {
      name: "deadlines and durations may be upper bounds, in any block",
      table: table({}, [
        ["产出指标", "时效指标", "项目完成时间", "<=", 10, "月"],
        ["", "数量指标", "审批办结时限", "<=", 10, "个工作日"],
        ["效益指标", "社会效益指标", "群众办事等待时长", "<=", 30, "分钟"],
      ]),
    },
  ],
  invalid: [
    {
      name: "融资担保补助项目: the seven <= that cap outputs, benefits and satisfaction",
      table: SEED.rongzi(),
      errors: [
        { messageId: "capOnOutputCount", indicator: "解决小微企业融资需求", cell: "E10", data: { value: "<= 15.5 亿元" }, fix: "safe" },
        { messageId: "capOnOutputCount", indicator: "对担保机构进行补助", cell: "E11", data: { indicator: "对担保机构进行补助", value: "<= 10 户" }, fix: "safe" },
        { messageId: "capOnTimeliness", indicator: "项目完成及时性", cell: "E13", data: { value: "<= 100 %" }, fix: "safe" },
        { messageId: "capOnTimeliness", indicator: "资金到位及时率", cell: "E14", fix: "safe" },
        { messageId: "capOnBenefitCount", indicator: "促进小微企业健康发展", cell: "E16", data: { value: "<= 400 户" }, fix: "safe" },
        { messageId: "capOnBenefitCount", indicator: "担保机构可持续发展", cell: "E17", fix: "safe" },
        { messageId: "capOnSatisfaction", indicator: "担保机构满意度", cell: "E18", data: { value: "<= 100 %" }, fix: "suggestion" },
      ],
    },
    {
      name: ">= on a cost and on bad outcomes",
      table: table({}, [
        ["产出指标", "成本指标", "项目总成本", ">=", 65, "万元"],
        ["", "质量指标", "贷款逾期率", ">=", 3, "%"],
        ["效益指标", "社会效益指标", "安全事故发生次数", ">", 0, "次"],
        ["产出指标", "质量指标", "产品不合格率", ">=", 2, "%"],
      ]),
      errors: [
        { messageId: "floorOnCost", indicator: "项目总成本", cell: "E10", data: { value: ">= 65 万元" }, fix: "suggestion" },
        { messageId: "floorOnBadOutcome", indicator: "贷款逾期率", cell: "E11", fix: "suggestion" },
        { messageId: "floorOnBadOutcome", indicator: "安全事故发生次数", cell: "E12" },
        { messageId: "floorOnBadOutcome", indicator: "产品不合格率", cell: "E13" },
      ],
    },
    {
      name: "completion and coverage rates below 100 % capped",
      table: table({}, [
        ["产出指标", "质量指标", "验收合格率", "<=", 95, "%"],
        ["", "数量指标", "政策覆盖率", "<", 100, "%"],
      ]),
      errors: [
        { messageId: "capOnCompletion", indicator: "验收合格率", cell: "E10", fix: "safe" },
        { messageId: "capOnCompletion", indicator: "政策覆盖率", cell: "E11" },
      ],
    },
  ],
});

it("fixes: counts flip to >=, 100 % rates become =, satisfaction at 100 % only gets a suggestion", () => {
  const found = runRule(rule, SEED.rongzi());
  const byName = Object.fromEntries(found.map((f) => [f.indicator?.name, f.fix]));
  expect(byName["对担保机构进行补助"]).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "E11", from: "<=", to: ">=" }] });
  expect(byName["资金到位及时率"]).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "E14", from: "<=", to: "=" }] });
  expect(byName["担保机构满意度"]).toEqual({
    kind: "suggestion",
    edits: [
      { sheet: "Sheet1", cell: "E18", from: "<=", to: ">=" },
      { sheet: "Sheet1", cell: "F18", from: "100", to: "90" },
    ],
  });
});

it("a satisfaction cap written inside the value cell gets one suggested edit", () => {
  const t = table({}, [["满意度指标", "服务对象满意度指标", "担保机构满意度", "<=", 100, "%"]]);
  t.indicators[0] = { ...t.indicators[0], operatorRaw: "≤", valueRaw: "≤100%" };
  const [f] = runRule(rule, t);
  expect(f.fix).toEqual({ kind: "suggestion", edits: [{ sheet: "Sheet1", cell: "F10", from: "≤100%", to: "≥90%" }] });
});

it("edits the value cell when the operator is written inside it, in the table's own symbols", () => {
  const t = table({}, [["满意度指标", "服务对象满意度指标", "群众满意度", "<=", 90, "%"]]);
  t.indicators[0] = { ...t.indicators[0], operatorRaw: "≤", valueRaw: "≤90%", cells: { ...t.indicators[0].cells, operator: undefined } };
  const [f] = runRule(rule, t);
  expect(f.messageId).toBe("capOnSatisfaction");
  expect(f.at?.cell).toBe("F10");
  expect(f.fix).toEqual({ kind: "safe", edits: [{ sheet: "Sheet1", cell: "F10", from: "≤90%", to: "≥90%" }] });
});
