/**
 * The batch rules (src/rules/batch-*.ts: they compare files with each other) over the whole, possibly
 * merged, batch, at the severities the config sets.
 *
 * The batch may not fit in memory, so it is walked, not held: `scan` every input in path order,
 * then `collect` every input again (for rules that need a second pass), then `findings`. What stays
 * is what the rules keep (hashes, sums, the few tables that occur twice) and one hash per file.
 */
import type { AuditInput, AuditTable } from "../model/audit.js";
import type { BatchCheck, BatchFileInfo, BatchFindingDraft, BatchRule, Finding, Lang, Severity } from "../model/finding.js";
import type { RuleSetting } from "../config/types.js";
import { OPTION_DEFAULTS, RULES } from "../rules/index.js";
import { localize } from "../i18n/format.js";
import { cleanName } from "./group.js";

export interface BatchFinding {
  path: string;
  finding: Finding;
}

export const BATCH_RULES: readonly BatchRule<string, unknown>[] = RULES.filter((r): r is BatchRule<string, unknown> => r.scope === "batch");

const BATCH_IDS = new Set(BATCH_RULES.map((r) => r.id));
export const isBatchRule = (ruleId: string): boolean => BATCH_IDS.has(ruleId);

const defaultDepartment = (t: AuditTable): string => cleanName(t.department) || (t.kind === "department" ? cleanName(t.name) : "");

export class BatchChecker {
  private readonly runs: { rule: BatchRule<string, unknown>; severity: Severity; check: BatchCheck }[] = [];
  /** sha256 → the first path with those bytes; path → the first copy, for the copies. */
  private readonly firstByHash = new Map<string, string>();
  private readonly copies = new Map<string, string>();

  /** `rules`: the config's settings (default: every batch rule at its own severity and options). */
  constructor(
    private readonly lang: Lang,
    departmentOf: (t: AuditTable) => string = defaultDepartment,
    rules?: Record<string, RuleSetting>,
  ) {
    for (const rule of BATCH_RULES) {
      const setting = rules?.[rule.id];
      const severity: Severity | "off" = setting?.severity ?? rule.meta.severity;
      if (severity === "off") continue;
      const options = setting?.options ?? (OPTION_DEFAULTS[rule.id] ?? {});
      this.runs.push({ rule, severity, check: rule.start({ options, settings: {}, departmentOf }) });
    }
  }

  private info(f: AuditInput, first: boolean): BatchFileInfo {
    // Empty files are reported as empty; that two are "identical" says nothing more.
    if (first && f.sha256 && f.bytes !== 0) {
      const seen = this.firstByHash.get(f.sha256);
      if (seen === undefined) this.firstByHash.set(f.sha256, f.path);
      else if (seen !== f.path) this.copies.set(f.path, seen);
    }
    return { copyOf: this.copies.get(f.path) ?? null };
  }

  /** Pass 1, every input in path order. */
  scan(f: AuditInput): void {
    const info = this.info(f, true);
    for (const r of this.runs) r.check.scan(f, info);
  }

  /** Pass 2, every input again, once all are scanned. */
  collect(f: AuditInput): void {
    const info = this.info(f, false);
    for (const r of this.runs) r.check.collect?.(f, info);
  }

  findings(): BatchFinding[] {
    const out: BatchFinding[] = [];
    for (const { rule, severity, check } of this.runs) {
      for (const d of check.findings()) {
        const data = d.data ?? {};
        out.push({
          path: d.path,
          finding: {
            ruleId: rule.id,
            category: rule.meta.category,
            severity,
            messageId: d.messageId,
            message: localize(rule.meta.messages[d.messageId], this.lang, data),
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
}

/** One batch rule's drafts over inputs in memory, walked as an audit walks them (its tests). */
export function batchRuleDrafts<O>(rule: BatchRule<string, O>, inputs: readonly AuditInput[], options: O, departmentOf: (t: AuditTable) => string = defaultDepartment): BatchFindingDraft[] {
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const check = rule.start({ options, settings: {}, departmentOf });
  const first = new Map<string, string>();
  const info = (f: AuditInput): BatchFileInfo => {
    if (!f.sha256 || f.bytes === 0) return { copyOf: null };
    const seen = first.get(f.sha256);
    if (seen === undefined) first.set(f.sha256, f.path);
    return { copyOf: seen !== undefined && seen !== f.path ? seen : null };
  };
  const infos = sorted.map(info);
  sorted.forEach((f, i) => check.scan(f, infos[i]));
  sorted.forEach((f, i) => check.collect?.(f, infos[i]));
  return [...check.findings()];
}

/** All batch rules over inputs in memory. */
export function batchChecks(inputs: AuditInput[], lang: Lang, rules?: Record<string, RuleSetting>, departmentOf?: (t: AuditTable) => string): BatchFinding[] {
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const c = new BatchChecker(lang, departmentOf, rules);
  for (const f of sorted) c.scan(f);
  for (const f of sorted) c.collect(f);
  return c.findings();
}
