import type { AuditInput, AuditTable } from "../../src/model/audit.js";
import rule from "../../src/rules/batch-department-budget.js";
import { ruleTester } from "../helpers/rule-tester.js";

const tbl = (over: Partial<AuditTable>): AuditTable => ({ name: "T", kind: "project", sheet: "Sheet1", range: "A1:H20", department: null, implementer: null, year: 2023, budget: null, budgetCell: "B6", targets: "t", indicators: [], ...over });
const batch = (deptBudget: number): AuditInput[] => [
  { path: "e/p1.xlsx", sha256: "1", bytes: 1, tables: [tbl({ name: "P1", department: "沈阳市教育局", budget: 100 }), tbl({ name: "T", kind: "transfer", department: "沈阳市教育局", budget: 999 })] },
  { path: "e/p2.xlsx", sha256: "2", bytes: 1, tables: [tbl({ name: "P2", department: "沈阳市教育局-", budget: 50.5 })] },
  { path: "e/dept.xlsx", sha256: "3", bytes: 1, tables: [tbl({ name: "沈阳市教育局", kind: "department", budget: deptBudget, budgetCell: "B5" })] },
];

ruleTester(rule, {
  valid: [{ name: "the department budget equals its project tables (transfers are not summed)", batch: batch(150.5) }],
  invalid: [
    {
      name: "300 against 100 + 50.5",
      batch: batch(300),
      errors: [{ messageId: "departmentBudget", path: "e/dept.xlsx", cell: "B5", data: { department: "沈阳市教育局", budget: 300, sum: 150.5, count: 2 } }],
    },
  ],
});
