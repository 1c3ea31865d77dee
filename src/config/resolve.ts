/**
 * Config file contents + presets + CLI flags → ResolvedConfig, validated against the
 * rule catalogue. Pure: the file is read by load.ts.
 */
import path from "node:path";
import { z } from "zod";
import type { Lang, Localized, RuleModule, SeveritySetting } from "../model/finding.js";
import { OPTION_DEFAULTS, RULES } from "../rules/index.js";
import { format } from "../i18n/format.js";
import { ConfigError, type ConfigPosition } from "./error.js";
import { ConfigFile, configKeysAt, optionKeys, optionsSchema } from "./schema.js";
import { SEVERITY_LIST, SEVERITY_WORDS, parseSeverity } from "./severity.js";
import { closest } from "./suggest.js";
import type { PresetName, ResolvedConfig, RuleOverride, RuleSetting } from "./types.js";

export { ConfigError, type ConfigPosition } from "./error.js";
export { configForFile } from "./for-file.js";

const M = {
  invalid: { zh: "{where}：{field}：{reason}", en: "{where}: {field}: {reason}" },
  unknownKey: { zh: "{where}：未知字段 {field}{hint}（此处可用：{known}）", en: "{where}: unknown field {field}{hint} (allowed here: {known})" },
  unknownRule: { zh: "{where}：{field}：没有名为 {rule} 的规则{hint}", en: "{where}: {field}: there is no rule named {rule}{hint}" },
  badEntry: {
    zh: "{where}：{field}：应写成级别（如 \"warning\"）或 [级别, {选项}]",
    en: "{where}: {field}: write a severity (e.g. \"warning\") or [severity, {options}]",
  },
  badSeverity: { zh: "{where}：{field}：未知级别 “{value}”{hint}；级别为 {list}", en: "{where}: {field}: unknown severity \"{value}\"{hint}; severities: {list}" },
  unknownOption: {
    zh: "{where}：{field}：未知选项 {option}{hint}（规则 {rule} 的选项：{known}）",
    en: "{where}: {field}: unknown option {option}{hint} (options of rule {rule}: {known})",
  },
  badOptions: {
    zh: "{where}：{field}：规则 {rule} 的选项 {option} 不正确：{reason}",
    en: "{where}: {field}: option {option} of rule {rule} is invalid: {reason}",
  },
  noOptions: { zh: "{where}：{field}：规则 {rule} 没有选项", en: "{where}: {field}: rule {rule} has no options" },
} satisfies Record<string, Localized>;

type ConfigPath = readonly PropertyKey[];
type Locate = (path: ConfigPath) => ConfigPosition | null;

/** "，是不是 floor？" / " (did you mean floor?)"; nothing when no candidate is close. */
function didYouMean(word: string, candidates: readonly string[]): Localized {
  const near = closest(word, candidates);
  return near.length ? { zh: `，是不是 ${near.join("、")}？`, en: ` (did you mean ${near.join(", ")}?)` } : { zh: "", en: "" };
}

const fieldPath = (p: ConfigPath) => (p.length ? p.map((k) => (typeof k === "number" ? `[${k}]` : String(k))).join(".").replace(/\.\[/g, "[") : "(root)");

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

/** The catalogue's own rules → their option defaults, written at build time (no schema compiled for a default run). */
const BUILT_DEFAULTS = new Map<RuleModule<string, unknown>, unknown>(RULES.map((r) => [r, OPTION_DEFAULTS[r.id]]));

function defaultOptions(rule: RuleModule<string, unknown>): unknown {
  if (!rule.meta.options) return undefined;
  // A copy: each config owns its options, as a fresh parse would give.
  return BUILT_DEFAULTS.has(rule) ? structuredClone(BUILT_DEFAULTS.get(rule)) : optionsSchema(rule)?.parse({});
}

export interface ResolveOptions {
  /** The config file path (for messages and overrides); null for defaults. */
  path?: string | null;
  /** Folder that globs are relative to; defaults to the config file's folder or the cwd. */
  baseDir?: string;
  /** --rule id:severity flags as typed (severity in the config's words), applied last. */
  cliRules?: Record<string, string>;
  /** --budget-year. */
  budgetYear?: number;
  /** Where a setting sits in the file, for messages (load.ts knows the text); none for a config built in code. */
  locate?: Locate;
  /** Replaces the catalogue (tests). */
  catalogue?: readonly RuleModule<string, unknown>[];
}

/** Validate a parsed config file (or null for none) and resolve it. Throws ConfigError. */
export function resolveConfig(raw: unknown, opts: ResolveOptions = {}): ResolvedConfig {
  const catalogue = opts.catalogue ?? RULES;
  const file = opts.path ?? "(pbm)";

  /** Where the bad setting came from: the --rule flag, or the config file (at a line and column when known). */
  const where = (path: ConfigPath): Localized => {
    if (path[0] === "--rule") return { zh: "--rule 参数有误", en: "Invalid --rule" };
    const pos = opts.locate?.(path);
    const at = pos ? `${file}:${pos.line}:${pos.column}` : file;
    return { zh: `配置文件 ${at} 有误`, en: `Invalid config ${at}` };
  };
  type Data = Record<string, string | number | Localized>;
  // Annotated, so that TypeScript narrows after a call (a never-returning arrow needs an explicit type).
  const fail: (t: Localized, path: ConfigPath, data?: Data) => never = (t, path, data = {}) => {
    const pick = (lang: Lang) => Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === "object" ? v[lang] : v]));
    const w = where(path);
    const field = path[0] === "--rule" ? `--rule ${String(path[1] ?? "")}` : fieldPath(path);
    throw new ConfigError({ zh: format(t.zh, { field, ...pick("zh"), where: w.zh }), en: format(t.en, { field, ...pick("en"), where: w.en }) });
  };

  // No file: nothing to validate ({} is a valid config), and no schema to compile.
  const parsed = raw === null || raw === undefined ? { ok: true as const, data: {} as ConfigFile } : parseBoth(ConfigFile, raw);
  if (!parsed.ok) {
    // An unknown field first: it is usually the cause of the other complaints (`file` for `files`).
    const i = Math.max(0, parsed.en.issues.findIndex((x) => x.code === "unrecognized_keys"));
    const en = deepest(parsed.en.issues[i]);
    const zh = parsed.zh.issues[i] ? deepest(parsed.zh.issues[i]) : en;
    if (en.code === "unrecognized_keys") {
      const known = configKeysAt(en.path);
      fail(M.unknownKey, [...en.path, en.keys[0]], { hint: didYouMean(en.keys[0], known), known: known.join(", ") });
    }
    fail(M.invalid, en.path, { reason: { zh: zh.message, en: en.message } });
  }
  const cfg = parsed.data;
  const byId = new Map(catalogue.map((r) => [r.id, r]));

  const presets = cfg.extends === undefined ? ["recommended" as const] : Array.isArray(cfg.extends) ? cfg.extends : [cfg.extends];
  const rules: Record<string, RuleSetting> = Object.fromEntries(catalogue.map((r) => [r.id, { severity: "off" as SeveritySetting, options: defaultOptions(r) }]));
  for (const p of presets) {
    const preset = presetRules(p, catalogue);
    for (const [id, s] of Object.entries(preset)) if (p === "strict" || s.severity !== "off") rules[id] = s;
  }

  const severityOf: (value: unknown, path: ConfigPath) => SeveritySetting = (value, path) => {
    const sev = parseSeverity(value);
    if (sev) return sev;
    if (typeof value !== "string") fail(M.badEntry, path.at(-1) === 0 ? path.slice(0, -1) : path);
    return fail(M.badSeverity, path, { value: String(value), hint: didYouMean(String(value), SEVERITY_WORDS), list: SEVERITY_LIST });
  };

  /** Rule entries → settings; a severity alone leaves options undefined (= keep whatever applies before). */
  const block = (entries: Record<string, unknown> | undefined, prefix: ConfigPath) => {
    const out: Record<string, RuleSetting> = {};
    for (const [id, entry] of Object.entries(entries ?? {})) {
      const at = [...prefix, id];
      const rule = byId.get(id);
      if (!rule) fail(M.unknownRule, at, { rule: id, hint: didYouMean(id, [...byId.keys()]) });
      if (typeof entry === "string") {
        out[id] = { severity: severityOf(entry, at) };
        continue;
      }
      if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) fail(M.badEntry, at);
      const severity = severityOf(entry[0], [...at, 0]);
      const options: unknown = entry[1];
      if (options === undefined) {
        out[id] = { severity };
        continue;
      }
      const optAt = [...at, 1];
      if (!rule.meta.options) fail(M.noOptions, optAt, { rule: id });
      const known = optionKeys(rule);
      if (known && options !== null && typeof options === "object" && !Array.isArray(options)) {
        const unknown = Object.keys(options).find((k) => !known.includes(k));
        if (unknown !== undefined) fail(M.unknownOption, [...optAt, unknown], { option: unknown, rule: id, hint: didYouMean(unknown, known), known: known.join(", ") || "—" });
      }
      const r = parseBoth(optionsSchema(rule) as z.ZodType, options);
      if (!r.ok) {
        const en = deepest(r.en.issues[0]);
        const zh = r.zh.issues[0] ? deepest(r.zh.issues[0]) : en;
        fail(M.badOptions, [...optAt, ...en.path], { rule: id, option: en.path.length ? fieldPath(en.path) : "(options)", reason: { zh: zh.message, en: en.message } });
      }
      out[id] = { severity, options: r.data };
    }
    return out;
  };

  for (const [id, s] of Object.entries(block(cfg.rules, ["rules"]))) rules[id] = { severity: s.severity, options: s.options ?? rules[id]?.options };
  const overrides: RuleOverride[] = (cfg.overrides ?? []).map((o, i) => ({ files: o.files, rules: block(o.rules, ["overrides", i, "rules"]) }));
  if (opts.cliRules && Object.keys(opts.cliRules).length) {
    overrides.push({ files: [], rules: block(opts.cliRules, ["--rule"]) });
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
