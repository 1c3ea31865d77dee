import rule from "../../src/rules/percent-without-rate.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 金融专项: 民营企业贷款增速 >= 8 % is a growth rate", table: seedTable("2023 年沈阳市金融专项") },
    { name: "seed 融资担保: 项目完成及时性", table: seedTable("融资担保补助项目") },
    { name: "corpus 01", table: corpusTable("01") },
    { name: "names that imply a share: 质量达标, 完成度, 工程进度", table: project({}, [["产出指标", "质量指标", "工程质量达标", "=", "100", "%", ""], ["", "", "任务完成度", ">=", "95", "%", ""], ["", "时效指标", "工程进度", ">=", "90", "%", ""]]) },
    { name: "a plain noun is not an aim (95 % of the 宣传 may well be meant)", table: project({}, [["产出指标", "质量指标", "政策宣传", ">=", "95", "%", ""], ["", "", "按照全镇党支部书记发放", "", "100%", "", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 07: 100 % on slogans",
      table: corpusTable("07"),
      errors: ["为民众办好事,办实事", "改善了农民生产生活条件", "激发为民办事的热情", "为民众办好事,办实事"].map((indicator) => ({ messageId: "noWhole", indicator })),
    },
    {
      name: "corpus 03: ≥ 95 % on aims",
      table: project({ name: "村组干部报酬" }, [
        ["效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", ""],
        ["", "经济效益指标", "促进村集体经济发展", "≥", "95", "%", ""],
        ["", "可持续影响指标", "项目维持时效", "≥", "95", "%", ""],
        ["满意度指标", "服务对象满意度指标", "人民群众满意度", "≥", "95", "%", ""],
      ]),
      errors: [
        { messageId: "noWhole", indicator: "维护社会稳定", cell: "F9", data: { value: "≥ 95 %" } },
        { messageId: "noWhole", indicator: "促进村集体经济发展" },
        { messageId: "noWhole", indicator: "项目维持时效" },
      ],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 09: 本土人才满意度 ≥ 95 %", table: corpusTable("09") }],
  invalid: [{ name: "corpus 03: ≥ 95 % on aims", table: corpusTable("03", "村组干部报酬"), errors: ["维护社会稳定", "促进村集体经济发展", "保护生态环境卫生", "项目维持时效"].map((indicator) => ({ messageId: "noWhole", indicator })) }],
});
