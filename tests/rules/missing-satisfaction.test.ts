import rule from "../../src/rules/missing-satisfaction.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "corpus 32: 满意度指标 › 满意度指标", table: corpusTable("32") },
    { name: "a fragment of two rows", table: project({}, [["产出指标", "数量指标", "培训人数", ">=", "200", "人", "2023年12月"], ["", "", "培训场次", ">=", "4", "场", "2023年12月"]]) },
  ],
  invalid: [
    { name: "seed 食品抽查", table: seedTable("食品抽查检验专项经费"), errors: [{ messageId: "missingSatisfaction", indicator: null }] },
    { name: "corpus 13: no satisfaction at all", table: corpusTable("13"), errors: [{ messageId: "missingSatisfaction", indicator: null }] },
    {
      name: "corpus 08: no levels, no satisfaction by name either",
      table: project({ columns: ["三级指标", "度量单位", "指标性质", "指标值"] }, [
        ["发放人数", "人数", "≥", "80"],
        ["是否按时足额发放", "%", "≥", "95"],
        ["促进社会和谐", "", "定性", ""],
      ]),
      errors: [{ messageId: "missingSatisfaction", indicator: null }],
    },
    { name: "corpus 01: satisfaction only as a 二级 under 效益", table: corpusTable("01"), errors: [{ messageId: "noSatisfactionBlock", indicator: null, data: { level: "效益指标" } }] },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 09: 本土人才满意度 by its name", table: corpusTable("09") }],
  invalid: [{ name: "corpus 08: no satisfaction, no levels", table: corpusTable("08"), errors: [{ messageId: "missingSatisfaction", indicator: null }] }, { name: "corpus 12: 产出/成效 without satisfaction", table: corpusTable("12"), errors: [{ messageId: "missingSatisfaction", indicator: null }] }],
});
