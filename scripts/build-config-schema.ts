/**
 * Writes schemas/pbm.config.schema.json from the config schema and every rule's options schema,
 * so editors autocomplete rule ids and options. `--check` exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configJsonSchema } from "../src/config/schema.js";
import { RULES } from "../src/rules/index.js";

export function configSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(RULES), null, 2)}\n`;
}

const target = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "schemas", "pbm.config.schema.json");

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = configSchemaText();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error("schemas/pbm.config.schema.json is out of date: run `npx tsx scripts/build-config-schema.ts`");
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
  }
}
