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
