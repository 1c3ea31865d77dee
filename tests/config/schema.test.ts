import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { configSchemaText } from "../../scripts/build-config-schema.js";
import { ConfigError, resolveConfig } from "../../src/config/resolve.js";
import { optionKeys, optionsSchema } from "../../src/config/schema.js";
import { ACCEPTED_SEVERITIES } from "../../src/config/severity.js";
import { RULES } from "../../src/rules/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const text = readFileSync(path.join(root, "schemas", "pbm.config.schema.json"), "utf8");

describe("schemas/pbm.config.schema.json", () => {
  const schema = JSON.parse(text) as {
    properties: { rules: { properties: Record<string, unknown>; additionalProperties: unknown } };
    $defs: { severity: { enum: string[] } };
  };
  it("is up to date (npm run schemas)", () => {
    expect(text).toBe(configSchemaText());
  });
  it("lists every rule and rejects unknown rule ids", () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(schema.properties.rules.additionalProperties).toBe(false);
  });
  it("has the severities pbm takes, in one place", () => {
    expect(schema.$defs.severity.enum).toEqual([...ACCEPTED_SEVERITIES]);
  });

  // An editor checking against the schema and pbm loading the file agree.
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(text) as object);
  const pbmAccepts = (config: unknown) => {
    try {
      resolveConfig(config);
      return true;
    } catch (e) {
      if (e instanceof ConfigError) return false;
      throw e;
    }
  };
  const withOptions = RULES.filter((r) => optionKeys(r)?.length);
  it.each([
    ["the README's example", JSON.parse(readFileSync(path.join(root, "README.md"), "utf8").match(/```json\n(\{[\s\S]*?"\$schema"[\s\S]*?\})\n```/)![1]) as unknown],
    ["pbm init's file", { $schema: "./schemas/pbm.config.schema.json", extends: ["recommended"], rules: {}, settings: {}, ignorePatterns: [] }],
    ["every severity word", { rules: Object.fromEntries(RULES.slice(0, ACCEPTED_SEVERITIES.length).map((r, i) => [r.id, ACCEPTED_SEVERITIES[i]])) }],
    ["every rule's options, as they default", { rules: Object.fromEntries(withOptions.map((r) => [r.id, ["warn", optionsSchema(r)!.parse({})]])) }],
    ["an override", { overrides: [{ files: ["**/转移支付/**"], rules: { [RULES[0].id]: ["error"] } }] }],
  ])("accepts %s, as pbm does", (_name, config) => {
    expect(pbmAccepts(config)).toBe(true);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
  it.each([
    ["a misspelt option", { rules: { "satisfaction-floor": ["warning", { flor: 90 }] } }],
    ["an unknown field", { extend: ["strict"] }],
    ["an unknown severity", { rules: { "vague-value": "warnning" } }],
    ["a capitalised severity", { rules: { "vague-value": "Error" } }],
    ["an unknown rule in an override", { overrides: [{ files: ["*"], rules: { "vage-value": "off" } }] }],
    ["options for a rule without options", { rules: { [RULES.find((r) => !r.meta.options)!.id]: ["warning", {}] } }],
  ])("rejects %s, as pbm does", (_name, config) => {
    expect(pbmAccepts(config)).toBe(false);
    expect(validate(config)).toBe(false);
  });
});
