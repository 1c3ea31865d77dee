import rule from "../../src/rules/weights-sum.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { project, readTable, seedTable, corpusTable } from "../helpers/tsv.js";

const columns = ["一级指标", "二级指标", "三级指标", "运算符号", "指标值", "度量单位", "权重"];
const rows = (...w: string[]) => w.map((x, i) => ["产出指标", "数量指标", `指标${i + 1}号`, ">=", "1", "个", x]);

ruleTester(rule, {
  valid: [
    { name: "seed: no weights", table: seedTable("融资担保补助项目") },
    { name: "100", table: project({ columns }, rows("50", "30", "20")) },
    {
      name: "a 自评表: its money block scores 执行率(B/A) for 10, the indicators carry the other 90",
      table: readTable(
        [
          ["项目支出绩效自评表"],
          ["(2023年度)"],
          ["项目名称", "某某专项经费"],
          ["主管部门", "某局", "实施单位", "某中心"],
          ["项目资金(万元)", "", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
          ["", "年度资金总额:", "100", "100", "98", "10", "98%", "9.8"],
          ["年度总体目标", "预期目标", "实际完成情况"],
          ["", "完成全年任务。", "已完成全年任务。"],
          ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
          ["", "产出指标", "数量指标", "开展宣传场次", "≥10场", "12场", "50", "50"],
          ["", "效益指标", "社会效益指标", "受益群众人数", "≥5000人", "5600人", "30", "30"],
          ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"],
        ]
          .map((r) => r.join("\t"))
          .join("\n"),
      ),
    },
    // A block's weight in a merged cell (数量指标 30 over two rows), exported without the merge: the weights add up.
    { name: "blank weights where the others already add up to 100", table: project({ columns }, rows("50", "", "50")) },
    { name: "90 where the other 10 points go to 预算执行", table: project({ columns, title: "项目绩效目标审批表（年度绩效目标90分，预算执行10分）" }, rows("50", "40")) },
  ],
  invalid: [
    {
      name: "corpus 03 村组干部报酬: 90 without 预算执行",
      table: project({ columns }, rows("10", "20", "10", "10", "10", "10", "10", "10")),
      errors: [{ messageId: "badSum", indicator: null, cell: "H9", data: { sum: 90, expected: "100" } }],
    },
    {
      name: "one row without a weight, and the sum short",
      table: project({ columns }, rows("50", "", "40")),
      errors: [
        { messageId: "missingWeight", indicator: "指标2号", cell: "H10" },
        { messageId: "badSum", data: { sum: 90 } },
      ],
    },
  ],
});

// Real corpus tables the reader reads right (fixtures/corpus).
ruleTester(rule, {
  valid: [{ name: "corpus 01: no weights", table: corpusTable("01") }],
  invalid: [{ name: "corpus 08: weights add up to 90", table: corpusTable("08"), errors: [{ messageId: "badSum", indicator: null, data: { sum: 90 } }] }, { name: "corpus 09: 90", table: corpusTable("09"), errors: [{ messageId: "badSum", data: { sum: 90 } }] }],
});
