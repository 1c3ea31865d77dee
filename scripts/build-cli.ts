/**
 * `npm run build` (after tsc) → dist/pbm/:
 *
 * - main.cjs: the whole CLI in one CommonJS file, which bin/load-cli.js compiles with a V8 code cache
 *   (cold start, bench (c)). Node 20 has no code cache for ES modules; with it a run skips parsing and
 *   compiling the ≈ 1 MB a validate needs. Code behind a command's lazy import() is in the file but is
 *   neither run nor compiled until that command runs.
 * - main.cjs.cache: that cache, made here by running the built CLI once on a committed fixture, so it holds
 *   the functions a validate compiles. A cache V8 rejects (another Node, other V8 flags) is made again by
 *   the next run where the folder is writable.
 * - worker.js, validate-worker.js and their chunks: the two pool workers, ES modules (tinypool starts them
 *   from their files).
 *
 * dist/pbm/ sits two folders below the package, as dist/<layer>/ does, so the paths the code resolves from
 * its own URL (package.json, docs/, schemas/, dist/web/, the workers next to it) hold in both builds.
 * Kept outside the bundles: tinypool (it starts its workers from its own file) and whatever the code loads
 * with createRequire at run time (sql.js and its wasm, SheetJS's codepage tables).
 */
import path from "node:path";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist", "pbm");

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: "node",
  target: "node20",
  // tinypool starts its workers from its own file; sql.js finds its wasm next to its own file.
  external: ["tinypool", "sql.js"],
  // ESM builds first: jsonc-parser's "main" is a UMD file that require()s its parts by computed paths.
  mainFields: ["module", "main"],
  legalComments: "none",
  minify: true,
  keepNames: true,
  logLevel: "warning",
} satisfies esbuild.BuildOptions;

rmSync(OUT, { recursive: true, force: true });

await esbuild.build({
  ...common,
  entryPoints: { worker: "src/audit/worker.ts", "validate-worker": "src/api/validate-worker.ts" },
  outdir: OUT,
  splitting: true,
  format: "esm",
  chunkNames: "chunk-[hash]",
  // CommonJS dependencies bundled into ESM call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __pbmRequire } from "node:module"; const require = __pbmRequire(import.meta.url);' },
});

// tinypool is ESM-only and this bundle cannot import(): bin/load-cli.js passes it an importer.
const tinypoolThroughLoader: esbuild.Plugin = {
  name: "tinypool-through-loader",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]api[\\/]tinypool\.ts$/ }, () => ({
      contents: 'export const loadTinypool = async () => (await __pbm_import("tinypool")).default;',
      loader: "js",
    }));
  },
};
// zod (450 KB minified) and yaml load only for a config file or a --rule flag: each in a CommonJS file of
// its own, which main.cjs requires when that code runs. Left in main.cjs they made every run read them and
// deserialise their top level from the cache; zod alone also defined ≈ 1,000 export getters at start.
const VENDORS = ["zod", "yaml", "jsonc-parser"];
for (const name of VENDORS) {
  await esbuild.build({
    ...common,
    stdin: { contents: `export * from "${name}";`, resolveDir: ROOT, loader: "js" },
    outfile: path.join(OUT, `vendor-${name}.cjs`),
    format: "cjs",
  });
}
const vendorsApart: esbuild.Plugin = {
  name: "vendors-apart",
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${VENDORS.join("|")})$`) }, (args) => ({ path: `./vendor-${args.path}.cjs`, external: true }));
  },
};
// commander requires child_process (and with it net, dgram, stream wraps: ≈ 4 ms) at load, for executable
// subcommands, which pbm has none of: required when first spawned instead. Pinned commander; a change in
// that line fails the build rather than silently keeping the cost.
const commanderLazyChildProcess: esbuild.Plugin = {
  name: "commander-lazy-child-process",
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(eager)) throw new Error(`${args.path}: no line "${eager}" to make lazy`);
      return { contents: source.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: "js" };
    });
  },
};
const built = await esbuild.build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: path.join(OUT, "main.cjs"),
  format: "cjs",
  write: false,
  // import() of Node's built-ins (and of CommonJS packages) becomes require().
  supported: { "dynamic-import": false },
  define: { "import.meta.url": "__pbm_url" },
  // "use strict" first: the sources are ES modules, strict as such.
  banner: { js: '"use strict";var __pbm_url=require("node:url").pathToFileURL(__filename).href;' },
  plugins: [tinypoolThroughLoader, vendorsApart, commanderLazyChildProcess],
});
const body = asciiOnly(built.outputFiles[0].text);
// bin/load-cli.js reads the bundle as latin1, which is UTF-8 for ASCII only.
if (/[\u0080-\uffff]/.test(body)) throw new Error("dist/pbm/main.cjs: a character beyond ASCII is left after escaping");
// The first line names this build; bin/load-cli.js uses a cache only if it was made for the same line
// (V8 itself checks no more than the source's length).
const id = createHash("sha256").update(body).digest("hex").slice(0, 32);
writeFileSync(path.join(OUT, "main.cjs"), `// pbm build ${id}\n${body}`);

// The code cache: one validate run of the built CLI writes it (bin/load-cli.js, when there is none).
const fixture = path.join(ROOT, "fixtures", "seed", "seed-per-sheet.xlsx");
const env = { ...process.env };
delete env.NODE_OPTIONS;
const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "pbm.js"), "validate", fixture], { cwd: ROOT, env, encoding: "utf8" });
if (run.status !== 0 && run.status !== 1) throw new Error(`the built CLI failed on ${fixture} (exit ${run.status}):\n${run.stderr}`);
if (!existsSync(path.join(OUT, "main.cjs.cache"))) throw new Error("the built CLI wrote no code cache (dist/pbm/main.cjs.cache)");

/**
 * esbuild escapes non-ASCII characters everywhere but in regular expression literals. One such character
 * makes V8 hold the whole 1.9 MB source as two-byte and decode it from UTF-8 the slow way, on every run.
 * A \uXXXX escape means the same code unit in a string and in a regular expression with or without the
 * u flag (there, a pair of escaped surrogates is one code point); an identity escape of the character
 * (backslash, character) means the character itself, so its backslash goes.
 */
function asciiOnly(js: string): string {
  return js.replace(/(\\*)([\u0080-\uffff])/g, (_m, slashes: string, ch: string) => {
    const escaped = `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escaped;
  });
}
