/** pbm.config.json: the zod schema that validates its shape and the JSON Schema editors see. */
import { z } from "zod";
import type { RuleModule } from "../model/finding.js";
import { ACCEPTED_SEVERITIES, SEVERITY_LIST } from "./severity.js";

export const PRESETS = ["recommended", "strict"] as const;

const Preset = z.enum(PRESETS);

const Settings = z
  .object({ budgetYear: z.number().int().min(1900).max(2200).optional().describe("Budget year that deadlines are checked against (default: the table's own year)") })
  .strict();
const Limits = z
  .object({
    maxFileBytes: z.number().int().positive().optional(),
    maxUncompressedBytes: z.number().int().positive().optional(),
    maxCells: z.number().int().positive().optional(),
  })
  .strict();

const Weight = z.number().min(0).max(1000);
const GradeBand = z
  .object({
    name: z.string().trim().min(1).max(20).describe("Band name as reports show it (优, 合格 …)"),
    en: z.string().trim().min(1).max(40).optional().describe("English name (--lang en)"),
    min: z.number().min(0).max(100).describe("Lowest score of the band"),
  })
  .strict();
/** `audit.scoring`: the department score of `pbm audit` (docs/audit.md, "Score and grade"). */
export const AuditScoring = z
  .object({
    weights: z
      .object({
        failure: Weight.optional().describe("Points per unreadable file, file with no table or table with no indicator (default 100)"),
        error: Weight.optional().describe("Points per error (default 10)"),
        warning: Weight.optional().describe("Points per warning (default 3)"),
        info: Weight.optional().describe("Points per info (default 0)"),
      })
      .strict()
      .optional(),
    grades: z
      .array(GradeBand)
      .min(2)
      .max(10)
      .refine((g) => g.every((b, i) => i === 0 || b.min < g[i - 1].min), "等级应按下限从高到低排列 (grades must be listed from the highest min down)")
      .refine((g) => g[g.length - 1]?.min === 0, "最后一档的下限应为 0 (the last grade's min must be 0)")
      .refine((g) => new Set(g.map((b) => b.name)).size === g.length, "等级名称不能重复 (grade names must differ)")
      .optional()
      .describe("Grade bands from the best down (default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差)"),
  })
  .strict();
const AuditBlock = z.object({ scoring: AuditScoring.optional() }).strict().describe("pbm audit settings");

function configSchema<R extends z.ZodType>(rules: R) {
  return z
    .object({
      $schema: z.string().optional(),
      extends: z.union([Preset, z.array(Preset)]).optional().describe("Built-in presets, later ones win (default: recommended)"),
      rules: rules.optional(),
      settings: Settings.optional(),
      overrides: z.array(z.object({ files: z.array(z.string()).min(1), rules: rules }).strict()).optional(),
      ignorePatterns: z.array(z.string()).optional(),
      limits: Limits.optional(),
      audit: AuditBlock.optional(),
    })
    .strict();
}

/**
 * Validates the shape; each rule entry (severity, options) is checked by resolve.ts against the catalogue,
 * which can name the rule, suggest the word meant and say which options the rule has.
 */
export const ConfigFile = configSchema(z.record(z.string(), z.unknown()));
export type ConfigFile = z.infer<typeof ConfigFile>;

/** The keys an object at `path` of the config may have (for "did you mean"); [] where there is no fixed set. */
export function configKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = ConfigFile;
  for (const key of path) {
    if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (schema instanceof z.ZodArray && typeof key === "number") schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject && typeof key === "string" && Object.hasOwn(schema.shape, key)) schema = schema.shape[key] as z.ZodType;
    else return [];
  }
  if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** A rule's options schema, built once from zod (the rules hold a builder, so that loading them loads no zod). */
const schemas = new WeakMap<RuleModule<string, unknown>, z.ZodType>();
export function optionsSchema(rule: RuleModule<string, unknown>): z.ZodType | undefined {
  if (!rule.meta.options) return undefined;
  let schema = schemas.get(rule);
  if (!schema) schemas.set(rule, (schema = rule.meta.options(z)));
  return schema;
}

/** The options a rule takes (the keys of its options object); null when its options are not an object. */
export function optionKeys(rule: RuleModule<string, unknown>): string[] | null {
  const o = optionsSchema(rule);
  return o instanceof z.ZodObject ? Object.keys(o.shape) : null;
}

/** Named once (ids in zod's registry are global), so the JSON Schema states the vocabulary in one place: $defs. */
const SeverityWord = z.enum(ACCEPTED_SEVERITIES).meta({ id: "severity", description: `Severity: ${SEVERITY_LIST.en} — 级别：${SEVERITY_LIST.zh}` });
const SeverityAlone = z.tuple([SeverityWord]).meta({ id: "severityOnly" });

/** The JSON Schema of pbm.config.json, with every rule's options (scripts/build-config-schema.ts). */
export function configJsonSchema(rules: readonly RuleModule<string, unknown>[]): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = {};
  for (const rule of rules) {
    const entries: z.ZodType[] = [SeverityWord, SeverityAlone];
    const options = optionsSchema(rule);
    // Unknown options are an error when pbm loads the file; the schema says so to the editor too.
    if (options) entries.push(z.tuple([SeverityWord, options instanceof z.ZodObject ? options.strict() : options]));
    // Optional: a config names only the rules it changes (a required list would flag every real file).
    shape[rule.id] = z
      .union(entries as [z.ZodType, z.ZodType, ...z.ZodType[]])
      .optional()
      .describe(`${rule.meta.docs.summary.zh} — ${rule.meta.docs.summary.en}`);
  }
  const schema = z.toJSONSchema(configSchema(z.object(shape).strict()), { io: "input", unrepresentable: "any" }) as unknown as Record<string, unknown> & {
    properties: { overrides: { items: { properties: Record<string, unknown> } } };
  };
  // An override's rules are the top-level rules block: one copy in the file, not two.
  schema.properties.overrides.items.properties.rules = { $ref: "#/properties/rules" };
  return { ...schema, title: "pbm.config.json", description: "pbm (绩效目标表检查工具) configuration: pbm.config.json, .jsonc, .yaml or .yml" };
}
