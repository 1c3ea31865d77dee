/**
 * The batch rules (src/rules/batch-*.ts: they compare files with each other) over the whole, possibly
 * merged, batch, at the severities the config sets.
 */
import type { AuditInput } from "../model/audit.js";
import type { BatchRule, Finding, Lang, Severity } from "../model/finding.js";
import type { RuleSetting } from "../config/types.js";
import { RULES } from "../rules/index.js";
import { localize } from "../i18n/format.js";

export interface BatchFinding {
  path: string;
  finding: Finding;
}

export const BATCH_RULES: readonly BatchRule<string, unknown>[] = RULES.filter((r): r is BatchRule<string, unknown> => r.scope === "batch");

export const isBatchRule = (ruleId: string): boolean => BATCH_RULES.some((r) => r.id === ruleId);

/** `rules`: the config's settings (default: every batch rule at its own severity). */
export function batchChecks(inputs: AuditInput[], lang: Lang, rules?: Record<string, RuleSetting>): BatchFinding[] {
  const out: BatchFinding[] = [];
  for (const rule of BATCH_RULES) {
    const setting = rules?.[rule.id];
    const severity: Severity | "off" = setting?.severity ?? rule.meta.severity;
    if (severity === "off") continue;
    const options = setting?.options ?? (rule.meta.options ? rule.meta.options.parse({}) : {});
    for (const d of rule.check(inputs, { options, settings: {} })) {
      const data = d.data ?? {};
      out.push({
        path: d.path,
        finding: {
          ruleId: rule.id,
          category: rule.meta.category,
          severity,
          messageId: d.messageId,
          message: localize(rule.meta.messages[d.messageId], lang, data),
          data,
          table: d.table,
          indicator: null,
          location: d.at,
        },
      });
    }
  }
  return out;
}
