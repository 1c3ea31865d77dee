/** Many files → one ValidateReport, with an optional content-hash cache. */
import { readFileSync, statSync } from "node:fs";
import type { FileReport, Lang, ReportSummary, ValidateReport } from "../model/finding.js";
import type { ReadLimits } from "../read/limits.js";
import { resolveLimits } from "../read/limits.js";
import type { ResolvedConfig } from "../config/types.js";
import { configForFile } from "../config/resolve.js";
import { ReportCache, cacheKey } from "./cache.js";
import { validateBytes, validateFile } from "./validate-file.js";

export interface ValidateFilesOptions {
  config: ResolvedConfig;
  lang: Lang;
  limits?: Partial<ReadLimits>;
  /** Cache file (--cache-location); no caching when unset. */
  cacheLocation?: string;
  /** Called before each file (progress). */
  onFile?: (path: string, index: number, total: number) => void;
  /** Non-fatal notes (a cache that could not be written). */
  onNote?: (message: string) => void;
}

export async function validateFiles(paths: string[], opts: ValidateFilesOptions): Promise<ValidateReport> {
  const cache = opts.cacheLocation ? new ReportCache(opts.cacheLocation) : undefined;
  const limits = resolveLimits({ ...opts.config.limits, ...opts.limits });
  const files: FileReport[] = [];
  for (const [i, file] of paths.entries()) {
    opts.onFile?.(file, i, paths.length);
    files.push(cache ? await validateCached(file, cache, { ...opts, limits }) : (await validateFile(file, opts)).report);
  }
  if (cache) {
    const err = cache.save();
    if (err) opts.onNote?.(opts.lang === "en" ? `Cache not written (${opts.cacheLocation}): ${err}` : `未能写入缓存 ${opts.cacheLocation}：${err}`);
  }
  return { files, summary: summarize(files) };
}

async function validateCached(file: string, cache: ReportCache, opts: ValidateFilesOptions & { limits: ReadLimits }): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    // Too large or unreadable: let the reader say why, without caching.
    if (statSync(file).size > opts.limits.maxFileBytes) return (await validateFile(file, opts)).report;
    bytes = readFileSync(file);
  } catch {
    return (await validateFile(file, opts)).report;
  }
  const config = configForFile(opts.config, file);
  const key = cacheKey(bytes, JSON.stringify({ lang: opts.lang, config: { rules: config.rules, settings: config.settings, limits: opts.limits } }));
  const hit = cache.get(file, key);
  if (hit) return hit;
  const { report } = await validateBytes(bytes, file, { ...opts, config });
  if (report.status !== "error") cache.set(file, key, report);
  return report;
}

export function summarize(files: FileReport[]): ReportSummary {
  const s: ReportSummary = { files: files.length, tables: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    s.tables += f.tables.length;
    for (const t of f.tables) s.indicators += t.indicatorCount;
    for (const x of f.findings) {
      if (x.severity === "error") s.errors++;
      else if (x.severity === "warning") s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
