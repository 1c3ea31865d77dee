/**
 * The runner: enabled rules over one normalized table → sorted, de-duplicated findings
 * with the effective severity and the message in the chosen language.
 */
import { parseA1 } from "../model/a1.js";
import { isTableRule, type Finding, type TableRule, type FindingDraft, type Lang, type RuleModule, type RuleSettings } from "../model/finding.js";
import type { FileRecords, Location, Table } from "../model/records.js";
import type { TableFacts } from "../model/semantic.js";
import type { ResolvedConfig } from "../config/types.js";
import { OPTION_DEFAULTS, RULES } from "../rules/index.js";
import { analyzeTable } from "../semantic/index.js";
import { format, localize } from "../i18n/format.js";
import { ENGINE_MESSAGES, INTERNAL_RULE_ERROR } from "./messages.js";

/**
 * Options for a rule whose setting has none: a catalogue rule's defaults (written at build time; resolveConfig
 * fills every rule's options, so this is for configs built by hand), else none. No zod on the engine's path.
 */
const CATALOGUE = new Set(RULES);
function defaultsOf(rule: RuleModule<string, unknown>): unknown {
  return (CATALOGUE.has(rule) ? OPTION_DEFAULTS[rule.id] : undefined) ?? {};
}

/** The semantic facts of a table, computed once per table and settings. */
const factsCache = new WeakMap<Table, { settings: RuleSettings; facts: TableFacts }>();
export function factsOf(table: Table, settings: RuleSettings): TableFacts {
  const hit = factsCache.get(table);
  if (hit && hit.settings.budgetYear === settings.budgetYear) return hit.facts;
  const facts = analyzeTable(table, settings);
  factsCache.set(table, { settings, facts });
  return facts;
}

/** A table rule that is on, with its severity and options: worked out once per config, not per table. */
interface EnabledRule {
  rule: TableRule<string, unknown>;
  severity: Finding["severity"];
  options: unknown;
}

const enabledCache = new WeakMap<ResolvedConfig, WeakMap<readonly RuleModule<string, unknown>[], EnabledRule[]>>();
function enabledRules(config: ResolvedConfig, rules: readonly RuleModule<string, unknown>[]): EnabledRule[] {
  let byRules = enabledCache.get(config);
  if (!byRules) enabledCache.set(config, (byRules = new WeakMap()));
  let list = byRules.get(rules);
  if (!list) {
    list = [];
    for (const rule of rules) {
      if (!isTableRule(rule)) continue;
      const setting = config.rules[rule.id];
      if (!setting || setting.severity === "off") continue;
      list.push({ rule, severity: setting.severity, options: setting.options ?? defaultsOf(rule) });
    }
    byRules.set(rules, list);
  }
  return list;
}

export function runRules(
  table: Table,
  config: ResolvedConfig,
  lang: Lang,
  rules: readonly RuleModule<string, unknown>[] = RULES,
): Finding[] {
  const findings: Finding[] = [];
  const facts = factsOf(table, config.settings);
  for (const { rule, severity, options } of enabledRules(config, rules)) {
    try {
      for (const draft of rule.check(table, { options, settings: config.settings, facts })) {
        findings.push(toFinding(rule, severity, draft, table, lang));
      }
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const data = { rule: rule.id, table: table.name, error };
      findings.push({
        ruleId: INTERNAL_RULE_ERROR,
        category: "parse",
        severity: "error",
        messageId: "ruleCrashed",
        message: localize(ENGINE_MESSAGES.ruleCrashed, lang, data),
        data,
        table: table.name,
        indicator: null,
        location: tableLocation(table),
      });
    }
  }
  return sortFindings(dedupeFindings(findings));
}

export function toFinding(
  rule: RuleModule<string, unknown>,
  severity: Finding["severity"],
  draft: FindingDraft,
  table: Table | null,
  lang: Lang,
): Finding {
  const data = draft.data ?? {};
  const template = rule.meta.messages[draft.messageId];
  const message =
    draft.text ??
    (template ? localize(template, lang, data) : format(ENGINE_MESSAGES.unknownMessage[lang], { rule: rule.id, messageId: draft.messageId }));
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.meta.category,
    severity,
    messageId: draft.messageId,
    message,
    data,
    table: table?.name ?? null,
    indicator: draft.indicator?.name ?? null,
    location: draft.at ?? draft.indicator?.location ?? (table ? tableLocation(table) : null),
  };
  if (draft.fix) finding.fix = draft.fix;
  return finding;
}

/** The file-level rules (no table found, file unreadable) over one file's records. */
export function runFileRules(file: FileRecords, config: ResolvedConfig, lang: Lang, rules: readonly RuleModule<string, unknown>[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope !== "file") continue;
    const setting = config.rules[rule.id];
    if (!setting || setting.severity === "off") continue;
    const options = setting.options ?? defaultsOf(rule);
    for (const draft of rule.check(file, { options, settings: config.settings })) findings.push(toFinding(rule, setting.severity, draft, null, lang));
  }
  return findings;
}

/** The table's first cell: where a table-level finding points. */
export function tableLocation(table: Table): Location {
  const first = table.location.range.split(":")[0];
  const pos = parseA1(first);
  return { sheet: table.location.sheet, row: pos ? pos.r + 1 : 1, cell: pos ? first.toUpperCase() : "A1" };
}

export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.location?.sheet}\u0000${f.location?.cell}\u0000${f.table}\u0000${f.indicator}\u0000${f.messageId}\u0000${JSON.stringify(f.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Sheet, row, column, rule id. `sheetOrder` lists sheets in workbook order; sheets not in it
 * sort after, by name. File-level findings (no location) come first.
 */
export function sortFindings(findings: Finding[], sheetOrder: string[] = []): Finding[] {
  const rank = new Map(sheetOrder.map((s, i) => [s, i]));
  // Keys computed once per finding, not per comparison.
  const keyed = findings.map((f) => ({
    f,
    sheetRank: f.location ? (rank.get(f.location.sheet) ?? sheetOrder.length) : -1,
    col: f.location ? (parseA1(f.location.cell)?.c ?? 0) : -1,
  }));
  keyed.sort((x, y) => {
    const a = x.f;
    const b = y.f;
    if (!a.location || !b.location) return (a.location ? 1 : 0) - (b.location ? 1 : 0) || cmp(a.ruleId, b.ruleId);
    return (
      x.sheetRank - y.sheetRank ||
      cmp(a.location.sheet, b.location.sheet) ||
      a.location.row - b.location.row ||
      x.col - y.col ||
      cmp(a.ruleId, b.ruleId)
    );
  });
  return keyed.map((k) => k.f);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
