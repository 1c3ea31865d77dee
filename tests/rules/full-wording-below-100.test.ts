import rule from "../../src/rules/full-wording-below-100.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable, corpusTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 低保: 支付准确率 = 100 %", table: seedTable("政府民政大专项-城乡低保、特困人员救助") },
    { name: "足额发放率 = 100 %", table: project({}, [["产出指标", "质量指标", "足额发放率", "=", "100", "%", "2023年12月"]]) },
  ],
  invalid: [
    {
      name: "seed 公积金: 足额发放率 = 95 %",
      table: seedTable("沈阳公积金办事大厅专项业务经费"),
      errors: [{ messageId: "belowHundred", indicator: "足额发放率", cell: "F326", data: { word: "足额", value: "= 95 %" } }],
    },
    {
      name: "corpus 08: 是否按时足额发放 ≥ 95 %",
      table: project({ name: "潼南区五桂镇汇总项目库" }, [["产出指标", "质量指标", "是否按时足额发放", "≥", "95", "%", ""]]),
      errors: [{ messageId: "belowHundred", indicator: "是否按时足额发放", cell: "F9", data: { word: "足额" } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 26", table: corpusTable("26") }],
  invalid: [{ name: "corpus 08: 是否按时足额发放 ≥ 95 %", table: corpusTable("08"), errors: [{ messageId: "belowHundred", indicator: "是否按时足额发放", cell: "F14", data: { word: "足额" } }] }],
});
