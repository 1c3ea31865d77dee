import rule from "../../src/rules/operator-missing.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保: every row has one", table: seedTable("融资担保补助项目") },
    { name: "corpus 34: no numbers at all", table: corpusTable("34") },
    {
      name: "satisfaction 100 % alone is satisfaction-target's (a realistic 85–95 %), not a missing “=”",
      table: project({}, [["产出指标", "质量指标", "合格率", ">=", "95", "%", ""], ["满意度指标", "服务对象满意度指标", "群众满意度", "", "100", "%", ""]]),
    },
    { name: "定性 in the operator column and 0 read the same whatever the operator", table: project({}, [["效益指标", "社会效益指标", "社会影响", "定性", "达成", "", ""], ["产出指标", "质量指标", "安全事故次数", "", "0", "次", ""], ["", "", "合格率", ">=", "95", "%", ""]]) },
    { name: "an operator written inside the value (不超过 800 万元)", table: project({}, [["产出指标", "成本指标", "项目总成本", "", "不超过800万元", "", ""], ["", "质量指标", "合格率", "", "95%以上", "", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 01: bare 100 % on six rates (= 100 % is the only reading, but say it)",
      table: corpusTable("01"),
      errors: ["农村义务教育学校改造覆盖率", "校舍维修改造质量合格率", "购置设施设备质量合格率", "预算资金当年下达率", "项目按计划完成率", "建设项目成本控制率"].map((indicator) => ({ messageId: "fullWithoutOperator", indicator })),
    },
    {
      name: "corpus 32: 项目金额 5万元",
      table: corpusTable("32"),
      errors: [{ messageId: "missingOperator", indicator: "项目金额", cell: "E17", data: { value: "5 万元" } }],
    },
    {
      name: "corpus 25: no operator anywhere, two with the template's ≥ in their names",
      table: corpusTable("25"),
      errors: [
        { messageId: "operatorInName", indicator: "苗木成活率(≥**%)", cell: "E17", data: { operator: ">=", value: "85 %" } },
        { messageId: "operatorInName", indicator: "项目总投入(≥**万元)", cell: "E19" },
        { messageId: "noOperators", indicator: null, cell: "E13", data: { count: 5 } },
      ],
    },
    {
      name: "an operator pbm cannot read",
      table: project({}, [["产出指标", "数量指标", "培训人数", "约等于", "200", "人", ""], ["", "", "培训场次", ">=", "4", "场", ""]]),
      errors: [{ messageId: "unknownOperator", indicator: "培训人数", cell: "E9", data: { operator: "约等于" } }],
    },
  ],
});
