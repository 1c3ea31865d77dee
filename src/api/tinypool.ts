/**
 * tinypool is ESM-only. The CLI bundle is CommonJS run from a V8 code cache (bin/load-cli.js), where import()
 * is not available on Node 20: scripts/build-cli.ts puts in this module's place one that asks the loader to
 * import tinypool. Everything that starts a pool gets it here.
 */
import type Tinypool from "tinypool";

export async function loadTinypool(): Promise<typeof Tinypool> {
  return (await import("tinypool")).default;
}
