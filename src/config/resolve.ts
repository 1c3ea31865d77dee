/**
 * Config file contents + presets + CLI flags → ResolvedConfig, validated against the
 * rule catalogue. Pure: the file is read by load.ts.
 */
import path from "node:path";
import { z } from "zod";
import type { Lang, Localized, RuleModule, SeveritySetting } from "../model/finding.js";
import { RULES } from "../rules/index.js";
import { format } from "../i18n/format.js";
import { matchesGlob } from "./glob.js";
import { ConfigFile, type RuleEntry } from "./schema.js";
import { closest } from "./suggest.js";
import type { PresetName, ResolvedConfig, RuleOverride, RuleSetting } from "./types.js";

/** An invalid config: the CLI prints the message in the user's language and exits 2. */
export class ConfigError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = "ConfigError";
  }
  localized(lang: Lang): string {
    return this.text[lang];
  }
}

const M = {
  invalid: { zh: "{where}：{field}：{reason}", en: "{where}: {field}: {reason}" },
  unknownRule: { zh: "{where}：{field}：没有名为 {rule} 的规则{hint}", en: "{where}: {field}: there is no rule named {rule}{hint}" },
  badOptions: {
    zh: "{where}：{field}：规则 {rule} 的选项 {option} 不正确：{reason}",
    en: "{where}: {field}: option {option} of rule {rule} is invalid: {reason}",
  },
  noOptions: { zh: "{where}：{field}：规则 {rule} 没有选项", en: "{where}: {field}: rule {rule} has no options" },
} satisfies Record<string, Localized>;

/** Where the bad setting came from: the config file, or a --rule flag. */
function whereOf(file: string, field: string): Localized {
  return field.startsWith("--rule") ? { zh: "--rule 参数有误", en: "Invalid --rule" } : { zh: `配置文件 ${file} 有误`, en: `Invalid config ${file}` };
}

function fail(t: Localized, data: Record<string, string | number>, where: Localized): never {
  throw new ConfigError({ zh: format(t.zh, { ...data, where: where.zh }), en: format(t.en, { ...data, where: where.en }) });
}

const fieldPath = (p: readonly PropertyKey[]) => (p.length ? p.map((k) => (typeof k === "number" ? `[${k}]` : String(k))).join(".").replace(/\.\[/g, "[") : "(root)");

type Issue = z.core.$ZodIssue;

/** For a union ("recommended" | [...]) the branch that got furthest says best what is wrong. */
function deepest(issue: Issue): Issue {
  if (issue.code !== "invalid_union" || !issue.errors?.length) return issue;
  let best: Issue | undefined;
  for (const branch of issue.errors) {
    if (!branch[0]) continue;
    const d = deepest(branch[0]);
    if (!best || d.path.length > best.path.length) best = d;
  }
  return best ? { ...best, path: [...issue.path, ...best.path] } : issue;
}

/** zod issue → "field: reason" in both languages. */
function zodFail(error: z.ZodError, zhError: z.ZodError, file: string, prefix: string[] = []): never {
  const en = deepest(error.issues[0]);
  const zh = zhError.issues[0] ? deepest(zhError.issues[0]) : en;
  const keys = en.code === "unrecognized_keys" ? en.keys : [];
  const field = fieldPath([...prefix, ...en.path, ...(keys.length === 1 ? keys : [])]);
  throw new ConfigError({
    zh: format(M.invalid.zh, { where: whereOf(file, field).zh, field, reason: zh.message }),
    en: format(M.invalid.en, { where: whereOf(file, field).en, field, reason: en.message }),
  });
}

function parseBoth<T>(schema: z.ZodType<T>, value: unknown): { ok: true; data: T } | { ok: false; en: z.ZodError; zh: z.ZodError } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, data: r.data };
  const zh = schema.safeParse(value, { error: z.locales.zhCN().localeError });
  return { ok: false, en: r.error, zh: zh.success ? r.error : zh.error };
}

export function presetRules(preset: PresetName, rules: readonly RuleModule<string, unknown>[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const severity: SeveritySetting =
      preset === "strict" ? (rule.meta.severity === "info" ? "warning" : rule.meta.severity) : rule.meta.recommended ? rule.meta.severity : "off";
    out[rule.id] = { severity, options: defaultOptions(rule) };
  }
  return out;
}

function defaultOptions(rule: RuleModule<string, unknown>): unknown {
  return rule.meta.options ? rule.meta.options.parse({}) : undefined;
}

export interface ResolveOptions {
  /** The config file path (for messages and overrides); null for defaults. */
  path?: string | null;
  /** Folder that globs are relative to; defaults to the config file's folder or the cwd. */
  baseDir?: string;
  /** --rule id:severity flags, applied last. */
  cliRules?: Record<string, SeveritySetting>;
  /** --budget-year. */
  budgetYear?: number;
  /** Replaces the catalogue (tests). */
  catalogue?: readonly RuleModule<string, unknown>[];
}

/** Validate a parsed config file (or null for none) and resolve it. Throws ConfigError. */
export function resolveConfig(raw: unknown, opts: ResolveOptions = {}): ResolvedConfig {
  const catalogue = opts.catalogue ?? RULES;
  const file = opts.path ?? "(pbm)";
  const parsed = parseBoth(ConfigFile, raw ?? {});
  if (!parsed.ok) zodFail(parsed.en, parsed.zh, file);
  const cfg = parsed.data;
  const byId = new Map(catalogue.map((r) => [r.id, r]));

  const presets = cfg.extends === undefined ? ["recommended" as const] : Array.isArray(cfg.extends) ? cfg.extends : [cfg.extends];
  const rules: Record<string, RuleSetting> = Object.fromEntries(catalogue.map((r) => [r.id, { severity: "off" as SeveritySetting, options: defaultOptions(r) }]));
  for (const p of presets) {
    const preset = presetRules(p, catalogue);
    for (const [id, s] of Object.entries(preset)) if (p === "strict" || s.severity !== "off") rules[id] = s;
  }

  /** Rule entries → settings; a severity alone leaves options undefined (= keep whatever applies before). */
  const block = (entries: Record<string, RuleEntry> | undefined, prefix: string) => {
    const out: Record<string, RuleSetting> = {};
    for (const [id, entry] of Object.entries(entries ?? {})) {
      const field = prefix === "--rule" ? `--rule ${id}` : `${prefix}.${id}`;
      const rule = byId.get(id);
      if (!rule) {
        const near = closest(id, [...byId.keys()]);
        throw new ConfigError({
          zh: format(M.unknownRule.zh, { where: whereOf(file, field).zh, field, rule: id, hint: near.length ? `（是否想写 ${near.join("、")}？）` : "" }),
          en: format(M.unknownRule.en, { where: whereOf(file, field).en, field, rule: id, hint: near.length ? ` (did you mean ${near.join(", ")}?)` : "" }),
        });
      }
      const [severity, options] = typeof entry === "string" ? [entry, undefined] : [entry[0], entry[1]];
      if (options === undefined) {
        out[id] = { severity };
        continue;
      }
      if (!rule.meta.options) fail(M.noOptions, { field, rule: id }, whereOf(file, field));
      const r = parseBoth(rule.meta.options as z.ZodType, options);
      if (!r.ok) {
        const en = deepest(r.en.issues[0]);
        const zh = r.zh.issues[0] ? deepest(r.zh.issues[0]) : en;
        const keys = en.code === "unrecognized_keys" ? en.keys : [];
        const option = fieldPath([...en.path, ...keys]);
        throw new ConfigError({
          zh: format(M.badOptions.zh, { where: whereOf(file, field).zh, field: `${field}[1]`, rule: id, option, reason: zh.message }),
          en: format(M.badOptions.en, { where: whereOf(file, field).en, field: `${field}[1]`, rule: id, option, reason: en.message }),
        });
      }
      out[id] = { severity, options: r.data };
    }
    return out;
  };

  for (const [id, s] of Object.entries(block(cfg.rules, "rules"))) rules[id] = { severity: s.severity, options: s.options ?? rules[id]?.options };
  const overrides: RuleOverride[] = (cfg.overrides ?? []).map((o, i) => ({ files: o.files, rules: block(o.rules, `overrides[${i}].rules`) }));
  if (opts.cliRules && Object.keys(opts.cliRules).length) {
    overrides.push({ files: [], rules: block(opts.cliRules, "--rule") });
  }
  const settings = { ...cfg.settings };
  if (opts.budgetYear !== undefined) settings.budgetYear = opts.budgetYear;
  return {
    rules,
    settings,
    limits: { ...cfg.limits },
    ignorePatterns: cfg.ignorePatterns ?? [],
    overrides,
    ...(cfg.audit ? { audit: cfg.audit } : {}),
    baseDir: opts.baseDir ?? (opts.path ? path.dirname(path.resolve(opts.path)) : process.cwd()),
    path: opts.path ?? null,
  };
}

/**
 * The config for one file: the overrides whose globs match it applied in order (an
 * override with no globs applies everywhere). The result has no overrides left.
 */
export function configForFile(config: ResolvedConfig, filePath: string): ResolvedConfig {
  if (config.overrides.length === 0) return config;
  const rel = path.relative(config.baseDir, path.resolve(config.baseDir, filePath)).split(path.sep).join("/");
  const rules = { ...config.rules };
  for (const o of config.overrides) {
    if (o.files.length && !o.files.some((g) => matchesGlob(rel, g))) continue;
    for (const [id, s] of Object.entries(o.rules)) rules[id] = { severity: s.severity, options: s.options ?? rules[id]?.options };
  }
  return { ...config, rules, overrides: [] };
}
