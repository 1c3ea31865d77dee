/**
 * The run's spool: every file's result (a record, see record.ts) appended to `results.bin` as it arrives, and its place in
 * `index.jsonl`, so the parent holds no findings and an interrupted run can go on (`--resume`).
 *
 * A result counts once its index line is written; a run killed between the two writes loses that
 * one file (it is checked again), never a finished one. `run.json` holds the key of the run (inputs,
 * config, options): `--resume` refuses a spool written by a different run.
 */
import { appendFileSync, closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, rmdirSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { FindingRow } from "../model/audit.js";
import type { RecordSource } from "./build.js";
import { AuditUsageError } from "./errors.js";

/** What identifies a file's bytes cheaply: a changed file is checked again on --resume. */
export interface Stamp {
  size: number | null;
  mtimeMs: number | null;
}

interface Slot {
  off: number;
  len: number;
  stamp: Stamp;
}

export interface SpoolOpen {
  dir: string;
  key: string;
  resume: boolean;
}

export class Spool implements RecordSource {
  private readonly slots = new Map<string, Slot>();
  private sorted: string[] | null = null;
  private fd: number;
  private indexFd: number;
  private end = 0;
  private buf = Buffer.alloc(1 << 16);
  /** Files already done when the run started (--resume). */
  readonly resumed: number;
  /** Set when --resume found no spool to go on from. */
  readonly fresh: boolean;

  constructor(private readonly o: SpoolOpen) {
    mkdirSync(o.dir, { recursive: true });
    this.lock();
    const meta = path.join(o.dir, "run.json");
    const results = path.join(o.dir, "results.bin");
    const index = path.join(o.dir, "index.jsonl");
    let old: { key?: string } | null;
    try {
      old = JSON.parse(readFileSync(meta, "utf8")) as { key?: string };
    } catch {
      old = null;
    }
    if (o.resume && old && old.key !== o.key) {
      this.unlock();
      throw new AuditUsageError({
        zh: `--resume：${o.dir} 中未完成的审核与这次的输入或选项不同，不能接着做；去掉 --resume 重新开始（会删除它），或改用 --work-dir 另一个文件夹`,
        en: `--resume: the unfinished audit in ${o.dir} was run on other inputs or options; drop --resume to start over (it is deleted), or use another --work-dir`,
      });
    }
    const keep = o.resume && old !== null && existsSync(results) && existsSync(index);
    this.fresh = o.resume && !keep;
    if (!keep) {
      for (const f of [results, index]) rmSync(f, { force: true });
      rmSync(path.join(o.dir, "groups"), { recursive: true, force: true });
      writeFileSync(meta, `${JSON.stringify({ version: 1, key: o.key, createdAt: new Date().toISOString() })}\n`);
    }
    this.fd = openSync(results, "a+");
    this.indexFd = openSync(index, "a+");
    if (keep) this.load(index);
    this.resumed = this.slots.size;
  }

  private lock(): void {
    const file = path.join(this.o.dir, "lock");
    try {
      const pid = Number(readFileSync(file, "utf8"));
      if (pid && pid !== process.pid) {
        let alive = true;
        try {
          process.kill(pid, 0);
        } catch {
          alive = false;
        }
        if (alive) {
          throw new AuditUsageError({ zh: `另一个 pbm audit（进程 ${pid}）正在使用 ${this.o.dir}，请等它结束或改用 --work-dir`, en: `Another pbm audit (process ${pid}) is using ${this.o.dir}; wait for it or use another --work-dir` });
        }
      }
    } catch (err) {
      if ((err as Error).name === "AuditUsageError") throw err;
    }
    writeFileSync(file, String(process.pid));
  }

  private unlock(): void {
    rmSync(path.join(this.o.dir, "lock"), { force: true });
  }

  /** The index, up to the last complete result; anything after it (a killed write) is cut off. */
  private load(indexFile: string): void {
    const size = fstatSync(this.fd).size;
    let good = 0;
    let goodIndex = 0;
    const text = readFileSync(indexFile, "utf8");
    let at = 0;
    for (const line of text.split("\n")) {
      const lineEnd = at + Buffer.byteLength(line) + 1;
      at = lineEnd;
      if (!line) continue;
      let s: { path: string; off: number; len: number; stamp: Stamp };
      try {
        s = JSON.parse(line) as typeof s;
      } catch {
        break;
      }
      if (s.off + s.len > size || s.off !== good) break;
      this.slots.set(s.path, { off: s.off, len: s.len, stamp: s.stamp });
      good = s.off + s.len;
      goodIndex = lineEnd;
    }
    ftruncateSync(this.fd, good);
    ftruncateSync(this.indexFd, goodIndex);
    this.end = good;
  }

  /** Was this file finished, with these bytes, by the run being resumed? */
  done(p: string, stamp: Stamp): boolean {
    const s = this.slots.get(p);
    return s !== undefined && s.stamp.size === stamp.size && s.stamp.mtimeMs === stamp.mtimeMs;
  }

  /** Forgets results of files that are no longer inputs, or that changed since. */
  retain(keep: (p: string, stamp: Stamp) => boolean): void {
    for (const [p, s] of this.slots) if (!keep(p, s.stamp)) this.slots.delete(p);
    this.sorted = null;
  }

  /** `key` is the file's path as the caller holds it: the index shares that string instead of keeping a copy. */
  append(record: Uint8Array, stamp: Stamp, key: string): void {
    for (let at = 0; at < record.length; ) at += writeSync(this.fd, record, at, record.length - at, this.end + at);
    const slot = { off: this.end, len: record.length, stamp };
    this.end += record.length;
    writeSync(this.indexFd, `${JSON.stringify({ path: key, ...slot })}\n`);
    this.slots.set(key, slot);
    this.sorted = null;
  }

  get size(): number {
    return this.slots.size;
  }

  /** Paths of the results, sorted (the reports' order). */
  paths(): readonly string[] {
    this.sorted ??= [...this.slots.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.sorted;
  }

  /** One file's record; the buffer is reused by the next call. */
  record(p: string): Buffer | undefined {
    const s = this.slots.get(p);
    if (!s) return undefined;
    if (this.buf.length < s.len) this.buf = Buffer.alloc(Math.max(s.len, this.buf.length * 2));
    for (let at = 0; at < s.len; ) {
      const n = readSync(this.fd, this.buf, at, s.len - at, s.off + at);
      if (n === 0) throw new Error(`spool: results end before ${p}`);
      at += n;
    }
    return this.buf.subarray(0, s.len);
  }

  /** A folder inside the spool for the report writers' own temporary files. */
  scratch(name: string): string {
    const d = path.join(this.o.dir, name);
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
    return d;
  }

  close(): void {
    closeSync(this.fd);
    closeSync(this.indexFd);
    this.unlock();
  }

  /** After a finished run: the reports hold everything, the spool is not needed any more. Only pbm's own files go. */
  remove(): void {
    this.close();
    for (const f of ["results.bin", "index.jsonl", "run.json", "lock"]) rmSync(path.join(this.o.dir, f), { force: true });
    rmSync(path.join(this.o.dir, "groups"), { recursive: true, force: true });
    try {
      rmdirSync(this.o.dir);
    } catch {
      // Not empty: the user keeps other things there.
    }
  }
}

/**
 * Findings split by group into one file per group (buffered appends), so a workbook can write each
 * department's sheet in one go without holding the batch; returns the reader of one group's rows.
 */
export function splitByGroup(dir: string, rows: Iterable<{ group: string; row: FindingRow }>): (group: string) => Iterable<FindingRow> {
  const files = new Map<string, { file: string; buf: string[]; bytes: number }>();
  const flush = (g: { file: string; buf: string[]; bytes: number }) => {
    if (g.buf.length) appendFileSync(g.file, g.buf.join(""));
    g.buf = [];
    g.bytes = 0;
  };
  for (const { group, row } of rows) {
    let g = files.get(group);
    if (!g) {
      g = { file: path.join(dir, `${files.size}.jsonl`), buf: [], bytes: 0 };
      files.set(group, g);
    }
    const line = `${JSON.stringify(row)}\n`;
    g.buf.push(line);
    g.bytes += line.length;
    if (g.bytes > 32_768) flush(g);
  }
  for (const g of files.values()) flush(g);
  return function* (group: string) {
    const g = files.get(group);
    if (!g) return;
    yield* readLines(g.file);
  };
}

/** The JSON lines of a file, read in chunks. */
function* readLines(file: string): Iterable<FindingRow> {
  const fd = openSync(file, "r");
  try {
    const chunk = Buffer.alloc(1 << 20);
    const decoder = new StringDecoder("utf8");
    let rest = "";
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      const text = rest + decoder.write(chunk.subarray(0, n));
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const l of lines) if (l) yield JSON.parse(l) as FindingRow;
    }
    if (rest) yield JSON.parse(rest) as FindingRow;
  } finally {
    closeSync(fd);
  }
}
