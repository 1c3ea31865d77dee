import rule from "../../src/rules/empty-indicator-name.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable, corpusTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "服务对象满意度 as the 三级 under 服务对象满意度指标 is standard", table: project({}, [["满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", "90", "%", "2023年12月"]]) },
  ],
  invalid: [
    {
      name: "a level name as the 三级",
      table: project({}, [["成本指标", "社会成本指标", "社会成本指标", "", "无", "", "2023年12月"]]),
      errors: [{ messageId: "levelAsName", indicator: "社会成本指标", cell: "D9" }],
    },
    {
      name: "corpus 21: the 指标名称 column holds the 二级 names (社会效益指标 | 是)",
      table: project({ name: "绿化养护经费" }, [
        ["效益指标", "", "社会效益指标", "", "是", "", ""],
        ["", "", "可持续性发展影响指标", "", "是", "", ""],
      ]),
      errors: [
        { messageId: "levelAsName", indicator: "社会效益指标" },
        { messageId: "levelAsName", indicator: "可持续性发展影响指标" },
      ],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 13", table: corpusTable("13") }],
  invalid: [{ name: "corpus 21: the 指标名称 column holds the 二级 names", table: corpusTable("21"), errors: ["数量指标", "质量指标", "时效指标", "社会效益指标", "生态效益指标", "可持续性发展影响指标"].map((indicator) => ({ messageId: "levelAsName", indicator })) }],
});
