/**
 * `pbm audit`: discover → (shard) → worker pool with progress → batch checks and totals → reports.
 * The CLI command parses flags and maps errors; everything else happens here.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { AuditInput, GroupBy } from "../model/audit.js";
import type { FileReport, Lang } from "../model/finding.js";
import type { ReadErrorCode } from "../model/grid.js";
import { discoverFiles } from "../api/discover.js";
import { openConfig } from "../config/open.js";
import { readErrorMessage } from "../i18n/read-errors.js";
import { runFileRules } from "../engine/run-rules.js";
import { configForFile } from "../config/for-file.js";
import type { ResolvedConfig } from "../config/types.js";
import { buildAuditView } from "./build.js";
import { encodeRecord } from "./record.js";
import { type DepartmentMap, departmentMapFromRows, parseDepartmentsJson } from "./department.js";
import { History } from "./history.js";
import { scoringSpec } from "./score.js";
import { Spool, splitByGroup, type Stamp } from "./spool.js";
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
  /** --departments: code/name → canonical department name (JSON, CSV or a workbook). */
  departments?: string;
  /** --history: the SQLite database of earlier runs. */
  history?: string;
  /** --resume: go on from the spool of an interrupted run. */
  resume?: boolean;
  /** --work-dir: where the spool lives (default .pbm-audit). */
  workDir?: string;
}

export const toRel = (cwd: string, abs: string): string => {
  // A file under cwd (the usual case) is a slice: path.relative resolves both paths again, which for
  // 30,000 files was tens of MB of garbage the parent then carried through the run.
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  let r = abs.startsWith(prefix) && abs.length > prefix.length ? abs.slice(prefix.length) : path.relative(cwd, abs);
  if (!r || r === ".." || r.startsWith(`..${path.sep}`) || path.isAbsolute(r)) r = abs;
  return path.sep === "/" ? r : r.split(path.sep).join("/");
};

/** A file the pool lost (hang, heap, crash) becomes a "file-unreadable" finding, at the configured severity. */
function lostFile(rel: string, outcome: Exclude<TaskOutcome<WorkerResult>, { ok: true }>, opts: AuditOptions, config: ResolvedConfig): Uint8Array {
  const code: ReadErrorCode = outcome.code === "crash" ? "corrupt" : outcome.code;
  const limit = outcome.code === "timeout" ? opts.timeoutS : outcome.code === "out-of-memory" ? opts.maxMemoryMb : "";
  const data = { file: rel, limit, reason: outcome.code === "crash" ? outcome.reason : "" };
  const records = { path: rel, format: null, encoding: null, error: { code, message: readErrorMessage(code, opts.lang, data) }, tables: [] };
  const findings = runFileRules(records, configForFile(config, rel), opts.lang);
  const report: FileReport = { path: rel, status: "error", tables: [], findings };
  const input: AuditInput = { path: rel, sha256: null, bytes: null, tables: [] };
  return encodeRecord(report, input);
}

/** The --departments file: JSON, or a table (CSV, xlsx …) read like any input. */
export async function loadDepartments(file: string, cwd: string, lang: Lang): Promise<DepartmentMap> {
  const abs = path.resolve(cwd, file);
  if (/\.json$/i.test(abs)) {
    let text: string;
    try {
      text = readFileSync(abs, "utf8");
    } catch (err) {
      throw new AuditUsageError({ zh: `无法读取部门对照表 ${file}：${(err as Error).message}`, en: `Cannot read the department mapping ${file}: ${(err as Error).message}` });
    }
    return parseDepartmentsJson(text, file);
  }
  const { readWorkbook } = await import("../read/index.js");
  let rows: string[][];
  try {
    const wb = await readWorkbook(abs);
    const g = wb.grids[0];
    rows = (g?.rows ?? []).map((r) => Array.from(r ?? [], (c) => (c === undefined ? "" : String(c.w ?? c.v))));
  } catch (err) {
    const e = err as { code?: ReadErrorCode; message?: string };
    const reason = e.code ? readErrorMessage(e.code, lang, { file, limit: "", reason: e.message ?? "" }) : (e.message ?? String(err));
    throw new AuditUsageError({ zh: `无法读取部门对照表 ${file}：${reason}`, en: `Cannot read the department mapping ${file}: ${reason}` });
  }
  return departmentMapFromRows(rows, file);
}

/**
 * A report file that is one of the inputs (the same file, through a link or not) stops the run. Compared by
 * device and inode: only a report that already exists can be an input, so the inputs are looked at only then.
 */
function guardInputs(inputs: readonly string[], reports: readonly string[]): void {
  const ids = new Map<string, string>();
  for (const o of reports) {
    try {
      const st = statSync(o);
      ids.set(`${st.dev}:${st.ino}`, o);
    } catch {
      // not there yet: written by this run, so not an input
    }
  }
  if (!ids.size) return;
  for (const f of inputs) {
    let id: string;
    try {
      const st = statSync(f);
      id = `${st.dev}:${st.ino}`;
    } catch {
      continue;
    }
    const o = ids.get(id);
    if (o !== undefined) throw new AuditUsageError({ zh: `报告文件 ${o} 是待检查的输入文件，不能覆盖`, en: `The report file ${o} is one of the inputs; pbm never overwrites an input` });
  }
}

function stampOf(abs: string): Stamp {
  try {
    const st = statSync(abs);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return { size: null, mtimeMs: null };
  }
}

export async function runAudit(patterns: string[], opts: AuditOptions, io: AuditIO): Promise<number> {
  const started = performance.now();
  const lang: Lang = opts.lang;
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) {
    throw new AuditUsageError({ zh: `--shard 应写成 i/n（1 ≤ i ≤ n），例如 1/4，而不是 "${opts.shard}"`, en: `--shard takes i/n (1 ≤ i ≤ n), e.g. 1/4, not "${opts.shard}"` });
  }
  const outputs = planOutputs(opts, io.cwd);
  const config = await openConfig({ cwd: io.cwd, configPath: opts.config });
  const departments = opts.departments ? await loadDepartments(opts.departments, io.cwd, lang) : null;
  const found = await discoverFiles(patterns, { cwd: io.cwd, config });
  for (const p of found.unmatched) io.stderr.write(lang === "en" ? `No files match ${p}\n` : `没有找到匹配 ${p} 的文件\n`);
  if (found.files.length === 0) throw new AuditUsageError({ zh: "没有找到可检查的文件", en: "No files to check" });
  guardInputs(found.files, [...outputs.map((o) => o.file), ...(opts.history ? [path.resolve(io.cwd, opts.history)] : [])]);

  // Per file the parent keeps its relative path and two numbers (size, mtime): no absolute path, no object.
  const rels: string[] = [];
  const stamps: number[] = [];
  for (const abs of found.files) {
    const rel = toRel(io.cwd, abs);
    if (shard && !inShard(rel, shard)) continue;
    const st = stampOf(abs);
    rels.push(rel);
    stamps.push(st.size ?? NaN, st.mtimeMs ?? NaN);
  }
  found.files.length = 0;
  const sizes = new Float64Array(rels.length);
  const mtimes = new Float64Array(rels.length);
  for (let i = 0; i < rels.length; i++) {
    sizes[i] = stamps[2 * i];
    mtimes[i] = stamps[2 * i + 1];
  }
  stamps.length = 0;
  const stampAt = (i: number): Stamp => ({ size: Number.isNaN(sizes[i]) ? null : sizes[i], mtimeMs: Number.isNaN(mtimes[i]) ? null : mtimes[i] });
  // The run's identity: what a spool may be resumed for.
  const key = createHash("sha256")
    .update(JSON.stringify({ v: 3, rels: createHash("sha256").update(rels.join("\n")).digest("hex"), config, lang, groupBy: opts.groupBy, shard: opts.shard ?? null, departments, maxMemoryMb: opts.maxMemoryMb, timeoutS: opts.timeoutS }, (_k, v: unknown) => (v instanceof Map ? [...v] : v)))
    .digest("hex");
  const workDir = path.resolve(io.cwd, opts.workDir ?? ".pbm-audit");
  let spool: Spool;
  try {
    spool = new Spool({ dir: workDir, key, resume: opts.resume === true });
  } catch (err) {
    if ((err as Error).name === "AuditUsageError") throw err;
    const reason = (err as Error).message;
    throw new AuditUsageError({ zh: `无法在 ${workDir} 保存中间结果：${reason}（可用 --work-dir 指定别的文件夹）`, en: `Cannot keep the run's results in ${workDir}: ${reason} (choose another folder with --work-dir)` });
  }
  try {
    if (spool.size) {
      const indexOf = new Map(rels.map((r, i) => [r, i]));
      spool.retain((p, st) => {
        const i = indexOf.get(p);
        if (i === undefined) return false;
        const now = stampAt(i);
        return now.size === st.size && now.mtimeMs === st.mtimeMs;
      });
    }
    const tasks: number[] = [];
    for (let i = 0; i < rels.length; i++) if (!spool.done(rels[i], stampAt(i))) tasks.push(i);
    // Largest first: a big workbook dealt last would keep one worker busy while the other idles.
    // The reports do not depend on it: they are built from the spool in path order.
    tasks.sort((a, b) => (Number.isNaN(sizes[b]) ? -1 : sizes[b]) - (Number.isNaN(sizes[a]) ? -1 : sizes[a]) || a - b);
    const total = rels.length;
    if (opts.resume && !opts.quiet) {
      if (spool.fresh) io.stderr.write(lang === "en" ? `--resume: no unfinished audit in ${workDir}; starting from the beginning\n` : `--resume：${workDir} 中没有未完成的审核，从头开始\n`);
      else io.stderr.write(lang === "en" ? `Resuming: ${spool.size} of ${total} files already checked, ${tasks.length} to go\n` : `继续上次的审核：${total} 个文件中已完成 ${spool.size} 个，还需检查 ${tasks.length} 个\n`);
    }
    const jobs = opts.jobs ?? availableParallelism();
    const progress = opts.quiet ? undefined : new Progress({ stream: io.stderr, total: tasks.length, lang });
    const workerData: WorkerData = { config, lang, spoolDir: workDir };
    const cwdPrefix = io.cwd.endsWith(path.sep) ? io.cwd : io.cwd + path.sep;
    // rels[i] is already normal (toRel), so joining it to cwd is what path.resolve would give, without its garbage.
    const prepare = (i: number): WorkerTask => ({ abs: path.sep === "/" && !path.isAbsolute(rels[i]) ? cwdPrefix + rels[i] : path.resolve(io.cwd, rels[i]), rel: rels[i] });
    await runPool<number, WorkerResult>(tasks, { jobs, maxMemoryMb: opts.maxMemoryMb, timeoutS: opts.timeoutS, workerData, prepare }, (k, outcome) => {
      const i = tasks[k];
      // The worker wrote the record to the spool; the parent only indexes it (and keeps no finding).
      if (outcome.ok) spool.add(outcome.result, stampAt(i), rels[i]);
      else spool.append(lostFile(rels[i], outcome, opts, config), stampAt(i), rels[i]);
      progress?.tick();
    });
    progress?.end();

    const history = opts.history ? await History.open(path.resolve(io.cwd, opts.history), opts.history) : null;
    const view = buildAuditView(spool, {
      groupBy: opts.groupBy,
      lang,
      departments,
      scoring: scoringSpec(config.audit?.scoring),
      rules: config.rules,
      onFinding: history ? (g, x, n) => history.collect(g, x, n) : undefined,
      onEntry: history ? (input) => input.tables.forEach((t) => history.year(t.year)) : undefined,
      split: (rows) => splitByGroup(spool.scratch("groups"), rows),
    });
    history?.commit(view);
    const code = await emitAudit(view, outputs, opts, io);
    spool.remove();
    if (!opts.quiet) {
      const s = ((performance.now() - started) / 1000).toFixed(1);
      const w = Math.min(jobs, Math.max(tasks.length, 1));
      io.stderr.write(lang === "en" ? `Audited ${total} files in ${s} s with ${w} workers\n` : `共审核 ${total} 个文件，用时 ${s} 秒（${w} 个工作线程）\n`);
    }
    return code;
  } catch (err) {
    // The spool stays for --resume; only its lock goes.
    spool.close();
    throw err;
  }
}
