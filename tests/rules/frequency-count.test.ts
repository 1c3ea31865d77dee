import rule from "../../src/rules/frequency-count.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, seedTable, corpusTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 低保: 每月发放 as a 时效 text", table: seedTable("政府民政大专项-城乡低保、特困人员救助") },
    { name: "按月发放 12 次", table: project({}, [["产出指标", "数量指标", "按月发放", "=", "12", "次", "2023年12月"]]) },
    {
      name: "a half-year project: 按月发放 = 6 次 over 2023年7月—12月",
      table: project({ fields: [["实施期限", "2023年7月-2023年12月"]] }, [["产出指标", "数量指标", "按月发放", "=", "6", "次", "2023年12月"]]),
    },
    {
      // 每月 / 每季度 count per period: two patrols a month, one inspection a quarter.
      name: "每月开展巡查次数 >= 2 次, 每季度开展督导 >= 1 次",
      table: project({}, [
        ["产出指标", "数量指标", "每月开展巡查次数", ">=", "2", "次", "2023年12月"],
        ["", "", "每季度开展督导", ">=", "1", "次", "2023年12月"],
      ]),
    },
  ],
  invalid: [
    {
      name: "corpus 09: 按月发放 = 1 次",
      table: project({ name: "在职村村干部补助" }, [["产出指标", "时效指标", "按月发放", "=", "1", "次", ""]]),
      errors: [{ messageId: "belowFrequency", indicator: "按月发放", cell: "F9", data: { expected: 12, frequency: "按月" } }],
    },
    {
      name: "按季度检查 2 次",
      table: project({}, [["产出指标", "数量指标", "按季度开展安全检查", ">=", "2", "次", "2023年12月"]]),
      errors: [{ messageId: "belowFrequency", data: { expected: 4 } }],
    },
    {
      name: "a whole year: 按月发放 = 6 次 over 2023年1月—12月",
      table: project({ fields: [["实施期限", "2023年1月-2023年12月"]] }, [["产出指标", "数量指标", "按月发放", "=", "6", "次", "2023年12月"]]),
      errors: [{ messageId: "belowFrequency", data: { expected: 12 } }],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 08", table: corpusTable("08") }],
  invalid: [{ name: "corpus 09: 按月发放 = 1 次", table: corpusTable("09"), errors: [{ messageId: "belowFrequency", indicator: "按月发放", cell: "F13", data: { expected: 12 } }] }],
});
