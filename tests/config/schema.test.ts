import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { configSchemaText } from "../../scripts/build-config-schema.js";
import { RULES } from "../../src/rules/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("schemas/pbm.config.schema.json", () => {
  const schema = JSON.parse(readFileSync(path.join(root, "schemas", "pbm.config.schema.json"), "utf8")) as {
    properties: { rules: { properties: Record<string, unknown>; additionalProperties: unknown } };
  };
  it("is up to date (npx tsx scripts/build-config-schema.ts)", () => {
    expect(readFileSync(path.join(root, "schemas", "pbm.config.schema.json"), "utf8")).toBe(configSchemaText());
  });
  it("lists every rule and rejects unknown rule ids", () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(schema.properties.rules.additionalProperties).toBe(false);
  });
});
