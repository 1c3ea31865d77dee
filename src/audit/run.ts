/**
 * `pbm audit`: discover → (shard) → worker pool with progress → batch checks and totals → reports.
 * The CLI command parses flags and maps errors; everything else happens here.
 */
import { realpathSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { AuditInput, GroupBy } from "../model/audit.js";
import type { FileReport, Finding, Lang } from "../model/finding.js";
import type { ReadErrorCode } from "../model/grid.js";
import { discoverFiles } from "../api/discover.js";
import { loadConfig } from "../config/load.js";
import { readErrorMessage } from "../i18n/read-errors.js";
import { UNREADABLE_RULE } from "./batch-rules.js";
import { buildAuditReport } from "./build.js";
import { emitAudit, type AuditIO, type OutputOptions, planOutputs } from "./output.js";
import { runPool, type TaskOutcome } from "./pool.js";
import { Progress } from "./progress.js";
import { AuditUsageError } from "./errors.js";
import { inShard, parseShard } from "./shard.js";
import type { WorkerData, WorkerResult, WorkerTask } from "./worker.js";

export interface AuditOptions extends OutputOptions {
  jobs?: number;
  maxMemoryMb: number;
  timeoutS: number;
  groupBy: GroupBy;
  shard?: string;
  config?: string;
}

export const toRel = (cwd: string, abs: string): string => {
  const r = path.relative(cwd, abs);
  return (r && !r.startsWith("..") && !path.isAbsolute(r) ? r : abs).split(path.sep).join("/");
};

/** A file the pool lost (hang, heap, crash) becomes a "file-unreadable" finding. */
function lostFile(rel: string, outcome: Exclude<TaskOutcome<WorkerResult>, { ok: true }>, opts: AuditOptions): { report: FileReport; input: AuditInput } {
  const code: ReadErrorCode = outcome.code === "crash" ? "corrupt" : outcome.code;
  const limit = outcome.code === "timeout" ? opts.timeoutS : outcome.code === "out-of-memory" ? opts.maxMemoryMb : "";
  const data = { file: rel, limit, reason: outcome.code === "crash" ? outcome.reason : "" };
  const finding: Finding = {
    ruleId: UNREADABLE_RULE.id,
    category: UNREADABLE_RULE.category,
    severity: UNREADABLE_RULE.severity,
    messageId: code,
    message: readErrorMessage(code, opts.lang, data),
    data: { file: rel, code, ...(limit === "" ? {} : { limit }) },
    table: null,
    indicator: null,
    location: null,
  };
  return { report: { path: rel, status: "error", tables: [], findings: [finding] }, input: { path: rel, sha256: null, bytes: null, tables: [] } };
}

export async function runAudit(patterns: string[], opts: AuditOptions, io: AuditIO): Promise<number> {
  const started = performance.now();
  const lang: Lang = opts.lang;
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) {
    throw new AuditUsageError({ zh: `--shard 应写成 i/n（1 ≤ i ≤ n），例如 1/4，而不是 "${opts.shard}"`, en: `--shard takes i/n (1 ≤ i ≤ n), e.g. 1/4, not "${opts.shard}"` });
  }
  const outputs = planOutputs(opts, io.cwd);
  const config = loadConfig({ cwd: io.cwd, configPath: opts.config });
  const found = await discoverFiles(patterns, { cwd: io.cwd, config });
  for (const p of found.unmatched) io.stderr.write(lang === "en" ? `No files match ${p}\n` : `没有找到匹配 ${p} 的文件\n`);
  if (found.files.length === 0) throw new AuditUsageError({ zh: "没有找到可检查的文件", en: "No files to check" });
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const inputs = new Set(found.files.map(real));
  for (const o of outputs) {
    if (inputs.has(real(o.file))) throw new AuditUsageError({ zh: `报告文件 ${o.file} 是待检查的输入文件，不能覆盖`, en: `The report file ${o.file} is one of the inputs; pbm never overwrites an input` });
  }

  const tasks: WorkerTask[] = found.files.map((abs) => ({ abs, rel: toRel(io.cwd, abs) })).filter((t) => !shard || inShard(t.rel, shard));
  const jobs = opts.jobs ?? availableParallelism();
  const progress = opts.quiet ? undefined : new Progress({ stream: io.stderr, total: tasks.length, lang });
  const results: { report: FileReport; input: AuditInput }[] = new Array(tasks.length);
  const workerData: WorkerData = { config, lang };
  await runPool<WorkerTask, WorkerResult>(tasks, { jobs, maxMemoryMb: opts.maxMemoryMb, timeoutS: opts.timeoutS, workerData }, (i, outcome) => {
    results[i] = outcome.ok ? outcome.result : lostFile(tasks[i].rel, outcome, opts);
    progress?.tick();
  });
  progress?.end();

  const report = buildAuditReport(
    results.map((r) => r.report),
    results.map((r) => r.input),
    opts.groupBy,
    lang,
  );
  const code = await emitAudit(report, outputs, opts, io);
  if (!opts.quiet) {
    const s = ((performance.now() - started) / 1000).toFixed(1);
    const w = Math.min(jobs, Math.max(tasks.length, 1));
    io.stderr.write(lang === "en" ? `Audited ${tasks.length} files in ${s} s with ${w} workers\n` : `共审核 ${tasks.length} 个文件，用时 ${s} 秒（${w} 个工作线程）\n`);
  }
  return code;
}
