/**
 * Runs in a pool worker: one path in; the file's spool record (record.ts: the file report and the
 * audit record of each table, already serialised — never the grids or the workbook bytes) written
 * to this worker's results file; where it went out.
 *
 * Test-only hook: when PBM_TEST_HANG_FILE equals the file's base name, the worker spins forever,
 * so the tests can prove that a hung file costs one finding and not the batch (docs/audit.md).
 */
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { Lang } from "../model/finding.js";
import type { ResolvedConfig } from "../config/types.js";
import { validateFile } from "../api/validate-file.js";
import { auditTable } from "./extract.js";
import { encodeRecord } from "./record.js";
import { type RecordRef, RecordWriter } from "./spool.js";

export interface WorkerData {
  config: ResolvedConfig;
  lang: Lang;
  /** The spool folder: each worker appends its records to a results file of its own there. */
  spoolDir: string;
}

export interface WorkerTask {
  /** Absolute path. */
  abs: string;
  /** Path relative to the folder pbm runs in, "/" separators: the name in every report. */
  rel: string;
}

/** Where the file's spool record (record.ts) was written: the parent only adds it to the index. */
export type WorkerResult = RecordRef;

// tinypool hands the pool's workerData to its workers here (node's workerData holds its own tuple).
const data = process.__tinypool_state__.workerData as WorkerData;
const out = new RecordWriter(data.spoolDir, threadId);

export default async function run(task: WorkerTask | { ping: true }): Promise<WorkerResult | null> {
  if ("ping" in task) {
    // Warm up: load the reader stack (imported lazily by validateFile) before any file's clock runs.
    await import("../api/normalize-files.js").catch(() => undefined);
    return null;
  }
  if (process.env.PBM_TEST_HANG_FILE && path.basename(task.abs) === process.env.PBM_TEST_HANG_FILE) for (;;);
  let sha256: string | null = null;
  let bytes: number | null = null;
  try {
    // Regular files only: reading a FIFO or a device would wait (or never end); the reader reports those.
    if (!statSync(task.abs).isFile()) throw new Error("not a regular file");
    // Streamed: a huge file must not cost heap just to be fingerprinted.
    const h = createHash("sha256");
    let n = 0;
    for await (const chunk of createReadStream(task.abs)) {
      h.update(chunk as Buffer);
      n += (chunk as Buffer).length;
    }
    sha256 = h.digest("hex");
    bytes = n;
  } catch {
    // Unreadable: validateFile says why.
  }
  // Messages name the file as the reports do (relative) when that path also opens from here.
  const shown = path.resolve(task.rel) === task.abs ? task.rel : task.abs;
  const { report, tables } = await validateFile(shown, { config: data.config, lang: data.lang });
  return out.write(encodeRecord({ ...report, path: task.rel }, { path: task.rel, sha256, bytes, tables: tables.map(auditTable) }));
}
