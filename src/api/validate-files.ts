/** Many files → one ValidateReport, with an optional content-hash cache. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { FileReport, Lang, ValidateReport } from "../model/finding.js";
import { runFileRules } from "../engine/run-rules.js";
import { readErrorMessage } from "../i18n/read-errors.js";
import type { ReadLimits } from "../read/limits.js";
import { resolveLimits } from "../read/limits.js";
import type { ResolvedConfig } from "../config/types.js";
import { configForFile } from "../config/for-file.js";
import { ReportCache, cacheKey } from "./cache.js";
import { summarize } from "../engine/check.js";
import { validateFile } from "./validate-file.js";
import { loadTinypool } from "./tinypool.js";

export interface ValidateFilesOptions {
  config: ResolvedConfig;
  lang: Lang;
  limits?: Partial<ReadLimits>;
  /** Cache file (--cache-location); no caching when unset. */
  cacheLocation?: string;
  /** Worker threads; default: one per core (at most 4) for 300 files or more on an idle machine, else 1. */
  jobs?: number;
  /** Compiled worker module; defaults to validate-worker.js next to this file, or dist/'s copy. */
  workerFile?: string;
  /** Called before each file (progress). */
  onFile?: (path: string, index: number, total: number) => void;
  /** Non-fatal notes (a cache that could not be written). */
  onNote?: (message: string) => void;
}

export async function validateFiles(paths: string[], opts: ValidateFilesOptions): Promise<ValidateReport> {
  const cache = opts.cacheLocation ? new ReportCache(opts.cacheLocation) : undefined;
  const limits = resolveLimits({ ...opts.config.limits, ...opts.limits });
  const files: (FileReport | undefined)[] = new Array(paths.length);
  const misses: number[] = [];
  const keys = new Map<number, string>();
  for (const [i, file] of paths.entries()) {
    const key = cache ? keyOf(file, { ...opts, limits }) : undefined;
    const hit = key ? cache?.get(file, key) : undefined;
    if (hit) files[i] = hit;
    else misses.push(i);
    if (key) keys.set(i, key);
  }
  const jobs = opts.jobs ?? defaultJobs(misses.length);
  const worker = jobs > 1 ? (opts.workerFile ?? workerFile()) : undefined;
  let done = 0;
  const progress = (i: number) => opts.onFile?.(paths[i], done++, paths.length);
  if (worker && misses.length > 1) {
    // Largest first, so one big workbook does not start last and hold up the batch (results keep their order).
    misses.sort((a, b) => sizeOf(paths[b]) - sizeOf(paths[a]) || a - b);
    await runInPool(
      misses.map((i) => paths[i]),
      { worker, jobs, data: { config: opts.config, lang: opts.lang, limits: opts.limits } },
      (k) => progress(misses[k]),
      (k, report) => (files[misses[k]] = report),
      (k, reason) => (files[misses[k]] = crashedReport(paths[misses[k]], reason, opts)),
    );
  } else {
    for (const i of misses) {
      progress(i);
      files[i] = (await validateFile(paths[i], opts)).report;
    }
  }
  if (cache) {
    for (const i of misses) {
      const report = files[i];
      const key = keys.get(i);
      if (report && key && report.status !== "error") cache.set(paths[i], key, report);
    }
    const err = cache.save();
    if (err) opts.onNote?.(opts.lang === "en" ? `Cache not written (${opts.cacheLocation}): ${err}` : `未能写入缓存 ${opts.cacheLocation}：${err}`);
  }
  const reports = files as FileReport[];
  return { files: reports, summary: summarize(reports) };
}

/**
 * Each worker isolate repeats module loading and V8's JIT warm-up (~1–1.3 s of CPU for pbm's rules
 * and locators), and one thread already keeps a second core busy with V8's background compiler.
 * Measured on 2 idle cores (bench workbooks, 1–30 tables each): 200 files took 2.8 s in one thread
 * and 3.05 s with two workers; 1000 files 10.5 s and 8.2 s. The break-even is near 300 files.
 */
const MIN_FILES_FOR_WORKERS = 300;

/** Workers only with enough files and idle cores: on a saturated machine (load 15) two workers were 1.4× slower. */
function defaultJobs(files: number): number {
  const cores = availableParallelism();
  if (files < MIN_FILES_FOR_WORKERS || cores < 2 || loadavg()[0] > cores - 0.5) return 1;
  return Math.min(cores, 4);
}

/** Bytes on disk, -1 when unknown (stdin, gone): only to deal files to workers. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

/** dist/api/validate-worker.js; from src/ (tests) the built copy, when there is one. */
function workerFile(): string | undefined {
  const sibling = fileURLToPath(new URL("./validate-worker.js", import.meta.url));
  if (existsSync(sibling)) return sibling;
  const built = fileURLToPath(new URL("../../dist/api/validate-worker.js", import.meta.url));
  return existsSync(built) ? built : undefined;
}

async function runInPool(
  paths: string[],
  pool: { worker: string; jobs: number; data: unknown },
  onStart: (k: number) => void,
  onDone: (k: number, report: FileReport) => void,
  onFail: (k: number, reason: string) => void,
): Promise<void> {
  const Tinypool = await loadTinypool();
  const jobs = Math.min(pool.jobs, paths.length);
  // An explicit young generation: with V8's default for a worker isolate, two workers spent ~45 % more CPU
  // than one thread on the same files; 32 MB took the 523-file bench corpus from 22 to 19.6 s of CPU.
  const tp = new Tinypool({ filename: pool.worker, minThreads: jobs, maxThreads: jobs, resourceLimits: { maxYoungGenerationSizeMb: 32 }, workerData: pool.data });
  let next = 0;
  const lane = async () => {
    while (next < paths.length) {
      const k = next++;
      onStart(k);
      try {
        onDone(k, (await tp.run(paths[k])) as FileReport);
      } catch (err) {
        onFail(k, (err as Error)?.message ?? String(err));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, lane));
  } finally {
    await tp.destroy();
  }
}

/** A worker that died on a file (out of heap, a crash): that file's report says so, through the file-unreadable rule; the rest go on. */
function crashedReport(file: string, reason: string, opts: ValidateFilesOptions): FileReport {
  const records = { path: file, format: null, encoding: null, error: { code: "io", message: readErrorMessage("io", opts.lang, { file, reason }) }, tables: [] };
  const findings = runFileRules(records, configForFile(opts.config, file), opts.lang);
  return { path: file, status: "error", tables: [], findings };
}

type CacheOpts = ValidateFilesOptions & { limits: ReadLimits };

/** The cache key of a file, or undefined when it is not cacheable (too large or unreadable: the reader says why). */
function keyOf(file: string, opts: CacheOpts): string | undefined {
  let bytes: Uint8Array;
  try {
    // Regular files only: reading a FIFO would wait for a writer; the reader reports what it is.
    const st = statSync(file);
    if (!st.isFile() || st.size > opts.limits.maxFileBytes) return undefined;
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const config = configForFile(opts.config, file);
  return cacheKey(bytes, JSON.stringify({ lang: opts.lang, config: { rules: config.rules, settings: config.settings, limits: opts.limits } }));
}

export { summarize } from "../engine/check.js";
