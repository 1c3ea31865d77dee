/**
 * Writes schemas/*.schema.json from the zod schemas in src/model/records.ts (the single
 * source of truth). `--check` exits 1 when a committed schema is out of date.
 * Run: npx tsx scripts/build-schemas.ts [--check]
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { NormalizeOutput, Table } from "../src/model/records.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function schemaFiles(): Record<string, string> {
  const render = (schema: z.ZodType, id: string, title: string) =>
    JSON.stringify({ $id: id, title, ...z.toJSONSchema(schema, { target: "draft-2020-12" }) }, null, 2) + "\n";
  return {
    "schemas/table.schema.json": render(Table, "https://pbm.dev/schemas/table.schema.json", "pbm normalized table"),
    "schemas/normalize-output.schema.json": render(NormalizeOutput, "https://pbm.dev/schemas/normalize-output.schema.json", "pbm normalize --format json"),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [rel, text] of Object.entries(schemaFiles())) {
    const file = path.join(root, rel);
    if (check) {
      let old: string | null;
      try {
        old = readFileSync(file, "utf8");
      } catch {
        old = null;
      }
      if (old !== text) {
        console.error(`out of date: ${rel} (run npx tsx scripts/build-schemas.ts)`);
        stale++;
      }
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
