import rule from "../../src/rules/template-placeholder.js";
import { ruleTester } from "../helpers/rule-tester.js";
import { corpusTable, project, seedTable } from "../helpers/tsv.js";

ruleTester(rule, {
  valid: [
    { name: "seed 融资担保", table: seedTable("融资担保补助项目") },
    { name: "an ellipsis in prose is punctuation", table: project({ goal: "完成改造、维修……等工作。" }, [["产出指标", "数量指标", "改造户数", ">=", "100", "户", ""]]) },
  ],
  invalid: [
    {
      name: "corpus 25: ≥**% in two names, and the template's (必填硬性指标) notes on the levels",
      table: corpusTable("25"),
      errors: [
        { messageId: "inIndicator", indicator: "苗木成活率(≥**%)", cell: "D17", data: { placeholder: "**" } },
        { messageId: "inIndicator", indicator: "项目总投入(≥**万元)", cell: "D19" },
        { messageId: "levelNotes", indicator: null, cell: "C13", data: { note: "(必填硬性指标)", count: 8 } },
      ],
    },
    {
      name: "XX in a value and 待填 in the goal",
      table: project({ goal: "待填" }, [["产出指标", "数量指标", "改造户数", ">=", "XX", "户", ""]]),
      errors: [
        { messageId: "inTable", cell: "B7", data: { field: "总体目标", placeholder: "待填" } },
        { messageId: "inIndicator", cell: "F9", data: { placeholder: "XX" } },
      ],
    },
  ],
});
