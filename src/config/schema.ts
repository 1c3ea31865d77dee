/** pbm.config.json: the zod schema that validates it and the JSON Schema editors see. */
import { z } from "zod";
import type { RuleModule } from "../model/finding.js";

export const SEVERITY_SETTINGS = ["off", "info", "warning", "error"] as const;
export const PRESETS = ["recommended", "strict"] as const;

const SeveritySetting = z.enum(SEVERITY_SETTINGS);
const Preset = z.enum(PRESETS);
/** "warning", or ["warning", { options }] as in ESLint. */
const RuleEntry = z.union([SeveritySetting, z.tuple([SeveritySetting]), z.tuple([SeveritySetting, z.record(z.string(), z.unknown())])]);
const RulesBlock = z.record(z.string(), RuleEntry);

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

/** Validates the shape; rule ids and options are checked against the catalogue afterwards. */
export const ConfigFile = configSchema(RulesBlock);
export type ConfigFile = z.infer<typeof ConfigFile>;
export type RuleEntry = z.infer<typeof RuleEntry>;

/** The JSON Schema of pbm.config.json, with every rule's options (scripts/build-config-schema.ts). */
export function configJsonSchema(rules: readonly RuleModule<string, unknown>[]): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = {};
  for (const rule of rules) {
    const entries: z.ZodType[] = [SeveritySetting, z.tuple([SeveritySetting])];
    if (rule.meta.options) entries.push(z.tuple([SeveritySetting, rule.meta.options as z.ZodType]));
    shape[rule.id] = z.union(entries as [z.ZodType, z.ZodType, ...z.ZodType[]]).describe(`${rule.meta.docs.summary.zh} — ${rule.meta.docs.summary.en}`);
  }
  const schema = z.toJSONSchema(configSchema(z.object(shape).strict()), { io: "input", unrepresentable: "any" });
  return { ...schema, title: "pbm.config.json", description: "pbm (绩效目标表检查工具) configuration" };
}
