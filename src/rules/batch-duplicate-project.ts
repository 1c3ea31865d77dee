/**
 * The same project or transfer filed in several files of a batch with a different budget or different
 * targets: which one is the real submission? Flagged on every occurrence, naming the other files.
 */
import { defineBatchRule } from "../model/finding.js";
import type { AuditTable } from "../model/audit.js";
import { cleanName, hash52, sameMoney, tableCell, wan } from "./utils/batch.js";

type Id = "budgetAndTargets" | "budget" | "targets";

export default defineBatchRule<Id>({
  id: "batch-duplicate-project",
  meta: {
    name: { zh: "同名项目内容不一致", en: "Same project, different content" },
    category: "consistency",
    severity: "warning",
    recommended: true,
    docs: {
      summary: { zh: "同名项目出现在多个文件中，但预算或绩效目标不一致", en: "The same project appears in several files with different budgets or targets" },
    },
    messages: {
      budgetAndTargets: {
        zh: "项目“{name}”也出现在 {others} 中，但预算和绩效目标都不一致（本表预算 {budget} 万元，其他：{otherBudgets} 万元）；请确认哪一份是正式申报。",
        en: "Project “{name}” also appears in {others} with a different budget and different targets (budget here {budget} 万元; elsewhere {otherBudgets} 万元); confirm which one is the submission.",
      },
      budget: {
        zh: "项目“{name}”也出现在 {others} 中，但预算不一致（本表预算 {budget} 万元，其他：{otherBudgets} 万元）；请确认哪一份是正式申报。",
        en: "Project “{name}” also appears in {others} with a different budget (here {budget} 万元; elsewhere {otherBudgets} 万元); confirm which one is the submission.",
      },
      targets: {
        zh: "项目“{name}”也出现在 {others} 中，预算相同但绩效目标不一致；请确认哪一份是正式申报。",
        en: "Project “{name}” also appears in {others} with the same budget but different targets; confirm which one is the submission.",
      },
    },
  },
  start() {
    // Pass 1 keeps one hash per project name and which names occur in more than one file; pass 2
    // fetches the tables (without their indicators) of those names only.
    const nameFile = new Map<number, number>();
    const multi = new Set<number>();
    const candidates = new Map<string, { path: string; t: AuditTable }[]>();
    let ordinal = 0;
    const projectKey = (t: AuditTable) => (t.kind === "department" ? "" : cleanName(t.name));
    return {
      scan(f, { copyOf }) {
        if (copyOf !== null) return;
        const file = ordinal++;
        for (const t of f.tables) {
          const key = projectKey(t);
          if (!key) continue;
          const h = hash52(key);
          const seen = nameFile.get(h);
          if (seen === undefined) nameFile.set(h, file);
          else if (seen !== file) multi.add(h);
        }
      },
      collect(f, { copyOf }) {
        if (copyOf !== null) return;
        for (const t of f.tables) {
          const key = projectKey(t);
          if (!key || !multi.has(hash52(key))) continue;
          const list = candidates.get(key) ?? [];
          list.push({ path: f.path, t: { ...t, indicators: [] } });
          candidates.set(key, list);
        }
      },
      *findings() {
        for (const list of candidates.values()) {
          if (new Set(list.map((o) => o.path)).size < 2) continue;
          for (const o of list) {
            const others = list.filter((x) => x.path !== o.path);
            const budgetDiffers = others.some((x) => (x.t.budget === null) !== (o.t.budget === null) || (x.t.budget !== null && o.t.budget !== null && !sameMoney(x.t.budget, o.t.budget)));
            const targetsDiffer = others.some((x) => x.t.targets !== o.t.targets);
            if (!budgetDiffers && !targetsDiffer) continue;
            const data = {
              name: o.t.name,
              others: [...new Set(others.map((x) => x.path))].join("、"),
              budget: wan(o.t.budget),
              otherBudgets: others.map((x) => wan(x.t.budget)).join("、"),
            };
            yield {
              path: o.path,
              messageId: budgetDiffers && targetsDiffer ? "budgetAndTargets" : budgetDiffers ? "budget" : "targets",
              data,
              table: o.t.name,
              at: tableCell(o.t, budgetDiffers ? o.t.budgetCell : null),
            };
          }
        }
      },
    };
  },
});
