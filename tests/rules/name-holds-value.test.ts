import rule from "../../src/rules/name-holds-value.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 老旧小区: names without numbers", table: seedTable("老旧小区改造-2023 年中央财政城镇保障性安居工程补助资金") },
    { name: "corpus 34: 指标1: numbering is not a value", table: corpusTable("34") },
    { name: "a year or a plan's number in the name", table: project({}, [["产出指标", "数量指标", "2023年新建5G基站数", ">=", "30", "个", "2023年12月"], ["", "", "十四五规划项目数", ">=", "3", "个", "2023年12月"]]) },
  ],
  invalid: [
    {
      name: "corpus 07: 20万元 as a name, 满意度95%以上 carrying its target",
      table: corpusTable("07"),
      errors: [
        { messageId: "nameIsValue", indicator: "20万元", cell: "C23" },
        { messageId: "nameHoldsTarget", indicator: "满意度95%以上", cell: "C27", data: { number: "95%" } },
      ],
    },
    {
      name: "corpus 03: 村组干部230人 with the target 230",
      table: project({ name: "村组干部报酬" }, [["产出指标", "数量指标", "村组干部230人", "≥", "230", "个", ""]]),
      errors: [{ messageId: "nameHoldsTarget", indicator: "村组干部230人", cell: "D9", data: { number: "230人" } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 03 基层组织活动经费", table: corpusTable("03", "基层组织活动经费") }],
  invalid: [{ name: "corpus 03: 村组干部230人", table: corpusTable("03", "村组干部报酬"), errors: [{ messageId: "nameHoldsTarget", indicator: "村组干部230人", cell: "G11", data: { number: "230人" } }] }],
});
