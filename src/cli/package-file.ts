import { fileURLToPath } from "node:url";

/**
 * A file shipped in the package (docs/, schemas/, dist/web/), by its path from the package root. This module
 * sits two folders below the root in every build — src/cli/, tsc's dist/cli/ and the bundle's dist/pbm/ —
 * which is why the path is resolved here and not in the command that asks.
 */
export function packageFile(rel: string): string {
  return fileURLToPath(new URL(`../../${rel}`, import.meta.url));
}
