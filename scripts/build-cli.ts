/**
 * `npm run build` (after tsc) → dist/pbm/: the CLI and its two pool workers bundled by esbuild, so a run
 * loads a few files instead of ~150 ESM modules resolved one by one (cold start, bench (c)). Code behind
 * a command's lazy import() lands in its own chunk and loads only when that command runs. dist/pbm/ sits
 * two folders below the package, as dist/<layer>/ does, so the paths the code resolves from its own URL
 * (package.json, docs/, schemas/, dist/web/, the workers next to it) hold in both builds.
 *
 * Kept outside the bundle: tinypool (it starts its workers from its own file) and whatever the code loads
 * with createRequire at run time (sql.js and its wasm, SheetJS's codepage tables).
 */
import path from "node:path";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist", "pbm");

rmSync(OUT, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: {
    main: "src/cli/main.ts",
    worker: "src/audit/worker.ts",
    "validate-worker": "src/api/validate-worker.ts",
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunk-[hash]",
  external: ["tinypool"],
  // ESM builds first: jsonc-parser's "main" is a UMD file that require()s its parts by computed paths.
  mainFields: ["module", "main"],
  // CommonJS dependencies bundled into ESM call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __pbmRequire } from "node:module"; const require = __pbmRequire(import.meta.url);' },
  legalComments: "none",
  minify: true,
  keepNames: true,
  logLevel: "warning",
});
