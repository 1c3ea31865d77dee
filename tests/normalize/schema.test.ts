/** schemas/*.schema.json are generated from the zod schemas and must be up to date. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { schemaFiles } from "../../scripts/build-schemas.js";
import { normalizeFile } from "../../src/api/normalize-files.js";
import { NormalizeOutput } from "../../src/model/records.js";

it("committed JSON Schemas match the zod schemas (run npx tsx scripts/build-schemas.ts)", () => {
  for (const [rel, text] of Object.entries(schemaFiles())) {
    expect(readFileSync(path.resolve(rel), "utf8"), rel).toBe(text);
  }
});

it("the seed's records satisfy the output schema", async () => {
  const file = await normalizeFile(path.resolve("fixtures/seed/seed-per-sheet.xlsx"));
  const out = NormalizeOutput.parse({ files: [file] });
  expect(out.files[0].tables).toHaveLength(16);
  const schema = JSON.parse(readFileSync(path.resolve("schemas/normalize-output.schema.json"), "utf8"));
  expect(schema.properties.files.items.required).toEqual(expect.arrayContaining(["path", "tables", "error"]));
});
