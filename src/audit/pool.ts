/**
 * The worker pool: one file per task on tinypool worker threads, each with a heap limit.
 * A task that overruns its time limit is aborted, which makes tinypool terminate that worker
 * (even one stuck in a loop) and start a fresh one; a worker that runs out of heap dies with
 * ERR_WORKER_OUT_OF_MEMORY and is replaced the same way. Either way only that file is lost.
 * At most `jobs` tasks are in flight, so a task's clock starts when a worker takes it.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadTinypool } from "../api/tinypool.js";

export interface PoolOptions {
  jobs: number;
  maxMemoryMb: number;
  timeoutS: number;
  /** Worker module (compiled JS); defaults to ./worker.js next to this file. */
  filename?: string;
  workerData?: unknown;
  /** Turns a task into what is sent to the worker, just before it is sent (tasks can stay small until then). */
  prepare?: (task: never) => unknown;
}

/** The task a worker answers without doing anything (the worker module must handle it). */
export const PING = { ping: true } as const;

export type TaskOutcome<R> = { ok: true; result: R } | { ok: false; code: "timeout" | "out-of-memory" | "crash"; reason: string };

/** dist/audit/worker.js; when this module runs from src/ (tests), the built copy in dist/. */
export function defaultWorkerFile(): string {
  const sibling = fileURLToPath(new URL("./worker.js", import.meta.url));
  if (existsSync(sibling)) return sibling;
  return fileURLToPath(new URL("../../dist/audit/worker.js", import.meta.url));
}

export async function runPool<T, R>(tasks: T[], opts: PoolOptions, onDone: (index: number, outcome: TaskOutcome<R>) => void): Promise<void> {
  if (tasks.length === 0) return;
  const jobs = Math.max(1, Math.min(opts.jobs, tasks.length));
  const Tinypool = await loadTinypool();
  const pool = new Tinypool({
    filename: opts.filename ?? defaultWorkerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    // The young generation capped at 8 MB: V8 grows it with the run (up to 16 MB semi-spaces per
    // worker), which made a long batch's peak RSS higher than a short one's for no gain in speed
    // (bench (f): 3,000 files 272 → 222 MiB, same time).
    resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb, maxYoungGenerationSizeMb: 8 },
    workerData: opts.workerData,
  });
  // A worker that cannot even load its module (a broken install, a half-written build) is not
  // the fault of a file: the batch stops with that error instead of blaming every file.
  let fatal: Error | undefined;
  const inFlight = new Set<AbortController>();
  const stop = (err: Error) => {
    fatal ??= err;
    for (const c of inFlight) c.abort();
  };
  // tinypool reports here a worker that died with no task; it has already replaced it. Only a
  // module that no longer loads (for the replacement of a killed worker) stops the batch.
  pool.on("error", (err: Error) => {
    if (isLoadFailure(err)) stop(err);
  });
  try {
    // A ping per worker first (a task with a signal only goes to an idle worker, so each gets one):
    // it loads the worker's modules, so start-up does not count against the first files' time
    // limit, and if the worker module cannot load, that is said once instead of for every file.
    const signal = AbortSignal.timeout(Math.max(opts.timeoutS, 60) * 1000);
    await Promise.all(Array.from({ length: jobs }, () => pool.run(PING, { signal })));
  } catch (err) {
    // No pool.destroy() here: it would wait on workers that may still be failing to start, and
    // tinypool 2.2.0 then throws from its own listener (events.once on a worker wrapper without
    // removeListener). Idle workers are unref'd; the ones that fail end themselves.
    throw new PoolStartError(err as Error);
  }
  let next = 0;
  const lane = async () => {
    while (next < tasks.length && !fatal) {
      const i = next++;
      const ac = new AbortController();
      inFlight.add(ac);
      const timer = setTimeout(() => ac.abort(), opts.timeoutS * 1000);
      let outcome: TaskOutcome<R>;
      try {
        const message = opts.prepare ? (opts.prepare as (t: T) => unknown)(tasks[i]) : tasks[i];
        outcome = { ok: true, result: (await pool.run(message, { signal: ac.signal })) as R };
      } catch (err) {
        const e = err as { code?: string; name?: string; message?: string };
        if (isLoadFailure(e)) stop(err as Error);
        if (fatal) return;
        if (ac.signal.aborted) outcome = { ok: false, code: "timeout", reason: "timeout" };
        else if (e?.code === "ERR_WORKER_OUT_OF_MEMORY") outcome = { ok: false, code: "out-of-memory", reason: e.message ?? "" };
        else outcome = { ok: false, code: "crash", reason: e?.message ?? String(err) };
      } finally {
        clearTimeout(timer);
        inFlight.delete(ac);
      }
      onDone(i, outcome);
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  if (fatal) throw new PoolStartError(fatal);
  await pool.destroy();
}

function isLoadFailure(e: { code?: string; name?: string } | undefined): boolean {
  return e?.name === "SyntaxError" || /^ERR_(MODULE_NOT_FOUND|UNKNOWN_FILE_EXTENSION|UNSUPPORTED_DIR_IMPORT|INVALID_PACKAGE)/.test(e?.code ?? "");
}

export class PoolStartError extends Error {
  constructor(cause: Error) {
    super(`工作线程无法启动 (worker failed to start): ${cause.message}`, { cause });
    this.name = "PoolStartError";
  }
}
