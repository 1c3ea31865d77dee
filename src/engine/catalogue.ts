/** The one rule registry as reporters see it: every rule of src/rules (table, file and batch), and the engine's own finding. */
import { ruleScope, type RuleInfo } from "../model/finding.js";
import { RULES } from "../rules/index.js";
import { ENGINE_RULES } from "./messages.js";

export function ruleInfos(): RuleInfo[] {
  return [
    ...RULES.map((r) => ({
      id: r.id,
      name: r.meta.name,
      scope: ruleScope(r),
      category: r.meta.category,
      severity: r.meta.severity,
      summary: r.meta.docs.summary,
      ...(r.meta.fixable ? { fixable: r.meta.fixable } : {}),
    })),
    ...ENGINE_RULES,
  ];
}
