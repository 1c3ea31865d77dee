// Loads the CLI bundle (dist/pbm/main.cjs, see scripts/build-cli.ts) with the V8 code cache beside it
// (main.cjs.cache), so a run deserialises the code it needs instead of parsing and compiling ≈ 1 MB of
// JavaScript. Node 20 has no code cache for ES modules, hence a CommonJS bundle compiled here.
//
// The cache is only a speed-up: a missing, damaged or stale one (V8 rejects it) and the run compiles as
// usual, then leaves a new cache for the next run if it can; a failed write (read-only install) is ignored.
// V8 checks a cache against the source's length only, and a script compiled from a cache keeps the file
// name it was made under (stack traces would name the folder the package was built in): a cache is offered
// to V8 only if it was made for this build (the bundle's first line names it) at this path.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const bundle = fileURLToPath(new URL("../dist/pbm/main.cjs", import.meta.url));
const cacheFile = `${bundle}.cache`;

/** The CLI's main() and a saveCache() to call after it, or undefined when the bundle is not built. */
export function loadCli() {
  let source;
  try {
    // The build makes the bundle ASCII only, where latin1 reads the same text as UTF-8, ≈ 3× faster.
    source = readFileSync(bundle, "latin1");
  } catch (err) {
    if (err?.code === "ENOENT") return undefined;
    throw err;
  }
  const header = Buffer.from(`${source.slice(0, source.indexOf("\n"))} ${bundle}\n`);
  const cachedData = readCache(header);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __pbm_import) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), (specifier) => import(specifier));
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  return { main: module.exports.main, saveCache: () => fresh && writeCache(script, header) };
}

function readCache(header) {
  let data;
  try {
    data = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return data.length > header.length && data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
}

// Made after a run, the cache holds the functions that run compiled, not only the top level. Written
// to a file of its own and renamed, so a run that reads the cache meanwhile sees a whole one.
function writeCache(script, header) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  let fd;
  try {
    fd = openSync(tmp, "w");
    writeSync(fd, header);
    writeSync(fd, script.createCachedData());
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, cacheFile);
  } catch {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
    } catch {
      // Nothing to tidy up where nothing could be written.
    }
  }
}
