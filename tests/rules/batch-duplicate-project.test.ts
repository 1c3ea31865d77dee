import type { AuditTable } from "../../src/model/audit.js";
import rule from "../../src/rules/batch-duplicate-project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const tbl = (over: Partial<AuditTable>): AuditTable => ({ name: "T", kind: "project", sheet: "Sheet1", range: "A1:H20", department: "甲局", implementer: null, year: 2023, budget: 100, budgetCell: "B6", targets: "t", indicators: [], ...over });

ruleTester(rule, {
  valid: [
    { name: "the same project twice with the same budget and targets (rounding aside)", batch: [{ path: "a.xlsx", sha256: "1", bytes: 1, tables: [tbl({ budget: 5 })] }, { path: "b.xlsx", sha256: "2", bytes: 1, tables: [tbl({ budget: 5.000001 })] }] },
    { name: "department tables are compared by batch-department-budget", batch: [{ path: "a.xlsx", sha256: "1", bytes: 1, tables: [tbl({ kind: "department", budget: 5 })] }, { path: "b.xlsx", sha256: "2", bytes: 1, tables: [tbl({ kind: "department", budget: 9 })] }] },
  ],
  invalid: [
    {
      name: "other budgets: both occurrences, pointing at the budget",
      batch: [
        { path: "x/1.xlsx", sha256: "1", bytes: 1, tables: [tbl({ name: "融资担保补助项目", budget: 800 })] },
        { path: "y/2.xlsx", sha256: "2", bytes: 1, tables: [tbl({ name: " 融资担保补助项目", budget: 1200, budgetCell: "B9" })] },
      ],
      errors: [
        { messageId: "budget", path: "x/1.xlsx", cell: "B6", data: { others: "y/2.xlsx", budget: "800", otherBudgets: "1200" } },
        { messageId: "budget", path: "y/2.xlsx", cell: "B9", data: { others: "x/1.xlsx", budget: "1200" } },
      ],
    },
    {
      name: "same budget, other targets: the table's first cell",
      batch: [
        { path: "w/5.xlsx", sha256: "5", bytes: 1, tables: [tbl({ name: "只改目标", budget: 5, targets: "a" })] },
        { path: "w/6.xlsx", sha256: "6", bytes: 1, tables: [tbl({ name: "只改目标", budget: 5, targets: "b" })] },
      ],
      errors: [
        { messageId: "targets", path: "w/5.xlsx", cell: "A1" },
        { messageId: "targets", path: "w/6.xlsx", cell: "A1" },
      ],
    },
  ],
});
