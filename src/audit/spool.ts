/**
 * The run's spool: every file's result (a record, see record.ts) appended by the worker that made it
 * to that worker's own `results-<pid>-<thread>.bin`, and its place (file, offset, length) to
 * `index.jsonl` by the parent, so the parent neither holds nor even receives the findings (a record
 * sent through the message port cost the main thread's allocator tens of MiB at 6,000 files), and an
 * interrupted run can go on (`--resume`).
 *
 * A result counts once its index line is written; a run killed between the two writes loses that
 * one file (it is checked again), never a finished one. `run.json` holds the key of the run (inputs,
 * config, options): `--resume` refuses a spool written by a different run.
 */
import { appendFileSync, closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
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

/** Where a record was written: a results file of the spool (its base name), offset and length. */
export interface RecordRef {
  file: string;
  off: number;
  len: number;
}

interface Slot {
  /** Index into `files`. */
  file: number;
  off: number;
  len: number;
  stamp: Stamp;
}

const RESULTS = /^results-\d+-(\d+|main)\.bin$/;
/** Results files to delete: this version's, and the single results.jsonl of older versions. */
const OWN_RESULTS = /^results(-\d+-(\d+|main)\.bin|\.jsonl)$/;

/**
 * Appends records to one results file of the spool; one per thread (a worker's, or the parent's for
 * the files the pool lost), so no two threads ever write the same file. A file of an earlier run
 * (--resume in a process with the same pid) is appended to after its end.
 */
export class RecordWriter {
  readonly file: string;

  constructor(
    private readonly dir: string,
    thread: number | "main",
  ) {
    this.file = `results-${process.pid}-${thread}.bin`;
  }

  /** Opened and closed each time: a worker's descriptors are the process's, and would outlive it. */
  write(record: Uint8Array): RecordRef {
    const fd = openSync(path.join(this.dir, this.file), "a");
    try {
      const off = fstatSync(fd).size;
      for (let at = 0; at < record.length; ) at += writeSync(fd, record, at, record.length - at);
      return { file: this.file, off, len: record.length };
    } finally {
      closeSync(fd);
    }
  }
}

export interface SpoolOpen {
  dir: string;
  key: string;
  resume: boolean;
}

export class Spool implements RecordSource {
  private readonly slots = new Map<string, Slot>();
  private sorted: string[] | null = null;
  /** Results files by index, and their read descriptors (opened when first read). */
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly fds: (number | undefined)[] = [];
  private readonly own: RecordWriter;
  private indexFd: number;
  private buf = Buffer.alloc(1 << 16);
  /** Files already done when the run started (--resume). */
  readonly resumed: number;
  /** Set when --resume found no spool to go on from. */
  readonly fresh: boolean;

  constructor(private readonly o: SpoolOpen) {
    mkdirSync(o.dir, { recursive: true });
    this.lock();
    const meta = path.join(o.dir, "run.json");
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
    const keep = o.resume && old !== null && existsSync(index);
    this.fresh = o.resume && !keep;
    if (!keep) {
      for (const f of [...this.resultsFiles(), index]) rmSync(f, { force: true });
      rmSync(path.join(o.dir, "groups"), { recursive: true, force: true });
      writeFileSync(meta, `${JSON.stringify({ version: 1, key: o.key, createdAt: new Date().toISOString() })}\n`);
    }
    this.own = new RecordWriter(o.dir, "main");
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

  private resultsFiles(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.o.dir);
    } catch {
      names = [];
    }
    return names.filter((n) => OWN_RESULTS.test(n)).map((n) => path.join(this.o.dir, n));
  }

  private fileNo(name: string): number {
    let i = this.fileIndex.get(name);
    if (i === undefined) {
      i = this.files.push(name) - 1;
      this.fileIndex.set(name, i);
    }
    return i;
  }

  private readFd(file: number): number {
    let fd = this.fds[file];
    if (fd === undefined) {
      fd = openSync(path.join(this.o.dir, this.files[file]), "r");
      this.fds[file] = fd;
    }
    return fd;
  }

  private unlock(): void {
    rmSync(path.join(this.o.dir, "lock"), { force: true });
  }

  /** The index, up to the last line whose record is whole on disk; anything after it (a killed write) is cut off. */
  private load(indexFile: string): void {
    const sizes = new Map<string, number>();
    const sizeOf = (file: string) => {
      let n = sizes.get(file);
      if (n === undefined) {
        try {
          n = statSync(path.join(this.o.dir, file)).size;
        } catch {
          n = -1;
        }
        sizes.set(file, n);
      }
      return n;
    };
    let goodIndex = 0;
    const text = readFileSync(indexFile, "utf8");
    let at = 0;
    for (const line of text.split("\n")) {
      const lineEnd = at + Buffer.byteLength(line) + 1;
      at = lineEnd;
      if (!line) continue;
      let s: { path: string; file: string; off: number; len: number; stamp: Stamp };
      try {
        s = JSON.parse(line) as typeof s;
      } catch {
        break;
      }
      if (typeof s.file !== "string" || !RESULTS.test(s.file) || s.off + s.len > sizeOf(s.file)) break;
      this.slots.set(s.path, { file: this.fileNo(s.file), off: s.off, len: s.len, stamp: s.stamp });
      goodIndex = lineEnd;
    }
    ftruncateSync(this.indexFd, goodIndex);
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

  /** A record made here (a file the pool lost). */
  append(record: Uint8Array, stamp: Stamp, key: string): void {
    this.add(this.own.write(record), stamp, key);
  }

  /**
   * A record already written (by a worker) counts from now on. `key` is the file's path as the
   * caller holds it: the index shares that string instead of keeping a copy.
   */
  add(ref: RecordRef, stamp: Stamp, key: string): void {
    writeSync(this.indexFd, `${JSON.stringify({ path: key, file: ref.file, off: ref.off, len: ref.len, stamp })}\n`);
    this.slots.set(key, { file: this.fileNo(ref.file), off: ref.off, len: ref.len, stamp });
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
    const fd = this.readFd(s.file);
    for (let at = 0; at < s.len; ) {
      const n = readSync(fd, this.buf, at, s.len - at, s.off + at);
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
    for (const fd of this.fds) if (fd !== undefined) closeSync(fd);
    this.fds.length = 0;
    closeSync(this.indexFd);
    this.unlock();
  }

  /** After a finished run: the reports hold everything, the spool is not needed any more. Only pbm's own files go. */
  remove(): void {
    this.close();
    for (const f of [...this.resultsFiles(), ...["index.jsonl", "run.json", "lock"].map((n) => path.join(this.o.dir, n))]) rmSync(f, { force: true });
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

/**
 * The JSON lines of a file, read in chunks of 64 KiB. A group is read once per report (its sheet,
 * its HTML section): with 1 MiB per read, a hundred groups left 100 MiB outside the JS heap waiting
 * for a collection, and a chunk's thousands of lines lived long enough to reach the old generation.
 */
function* readLines(file: string): Iterable<FindingRow> {
  const fd = openSync(file, "r");
  try {
    const chunk = Buffer.alloc(1 << 16);
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
