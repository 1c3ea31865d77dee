/** Where the config file is: kept apart from load.ts so that finding none loads no parser (yaml, jsonc-parser). */
import { existsSync } from "node:fs";
import path from "node:path";

/** The names pbm looks for, in this order; `pbm init` writes the first. */
export const CONFIG_FILE_NAMES = ["pbm.config.json", "pbm.config.jsonc", "pbm.config.yaml", "pbm.config.yml"] as const;
export const CONFIG_FILE_NAME = CONFIG_FILE_NAMES[0];

/** The config file in `cwd` or the nearest parent folder that has one; null when there is none. */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
