/**
 * A 部门整体 table's budget against the sum of the same department's project tables in the batch: the
 * department-wide budget covers its projects, so a different total means one of them is wrong.
 */
import { defineBatchRule } from "../model/finding.js";
import type { AuditTable } from "../model/audit.js";
import { sameMoney, tableCell } from "./utils/batch.js";

export default defineBatchRule<"departmentBudget">({
  id: "batch-department-budget",
  meta: {
    name: { zh: "部门预算与项目合计不符", en: "Department budget ≠ its projects" },
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      summary: {
        zh: "部门整体绩效目标表的预算与该部门各项目表预算合计不一致",
        en: "A department-wide table's budget differs from the sum of the department's project tables",
      },
    },
    messages: {
      departmentBudget: {
        zh: "部门“{department}”整体绩效目标表的预算 {budget} 万元，与本批次该部门 {count} 张项目表的预算合计 {sum} 万元不一致；请核对整体表或各项目表的预算。",
        en: "Department “{department}”: the department-wide budget {budget} 万元 differs from the sum of its {count} project tables in this batch, {sum} 万元; check the budgets.",
      },
    },
  },
  start({ departmentOf }) {
    const projectSums = new Map<string, { sum: number; count: number }>();
    // Only the department tables are kept (without their indicators), not the batch.
    const deptTables: { path: string; t: AuditTable; dept: string }[] = [];
    return {
      scan(f, { copyOf }) {
        // A copy is reported as a copy (batch-duplicate-file); counting it again would double the sum.
        if (copyOf !== null) return;
        for (const t of f.tables) {
          if (t.budget === null) continue;
          const dept = departmentOf(t);
          if (t.kind === "project" && dept) {
            const s = projectSums.get(dept) ?? { sum: 0, count: 0 };
            s.sum += t.budget;
            s.count += 1;
            projectSums.set(dept, s);
          }
          if (t.kind === "department") deptTables.push({ path: f.path, t: { ...t, indicators: [] }, dept });
        }
      },
      *findings() {
        for (const { path, t, dept } of deptTables) {
          const s = projectSums.get(dept);
          if (!s || t.budget === null || sameMoney(s.sum, t.budget)) continue;
          yield {
            path,
            messageId: "departmentBudget",
            data: { department: dept, budget: +t.budget.toFixed(4), sum: +s.sum.toFixed(4), count: s.count },
            table: t.name,
            at: tableCell(t, t.budgetCell),
          };
        }
      },
    };
  },
});
