/**
 * Per-file results → the audit: batch checks, totals, per-group scores, rule statistics.
 * `pbm audit` (from its spool on disk) and `pbm merge` / the library (from memory) both end here,
 * which is why merged shards equal one run.
 *
 * The results are spool records (record.ts), walked, not held: pass 1 reads each head to vote
 * folders and scan for the batch checks, pass 2 reads it again to collect the batch candidates and
 * add the file's counts to the per-group tally. What stays in memory is the tally, the batch index,
 * each file's group (an index into the group names) and the batch findings. The JSON report is then
 * copied from the records, with only the batch findings serialised here (`writeJson`).
 */
import type { AuditInput, AuditReport, AuditView, FindingRow, GroupBy, ScoringSpec } from "../model/audit.js";
import { materialize } from "../model/audit.js";
import type { FileReport, Finding, Lang } from "../model/finding.js";
import type { RuleSetting } from "../config/types.js";
import { BatchChecker } from "./batch-checks.js";
import type { DepartmentMap } from "./department.js";
import { type Place, Placement, tableDepartment } from "./group.js";
import { fileStatus } from "../engine/check.js";
import { encodeRecord, findingItem, pretty, recordHead, recordInput, recordParts, recordReport } from "./record.js";
import { DEFAULT_SCORING } from "./score.js";
import { Tally } from "./tally.js";

/** Records by path. */
export interface RecordSource {
  /** Every path, sorted (the reports' order). */
  paths(): readonly string[];
  /** A file's record; valid until the next call. */
  record(path: string): Buffer | undefined;
}

export interface BuildOptions {
  groupBy: GroupBy;
  lang: Lang;
  departments?: DepartmentMap | null;
  scoring?: ScoringSpec;
  /** The config's rule settings, for the batch rules (default: each at its own severity). */
  rules?: Record<string, RuleSetting>;
  /** `n` findings alike with their group, batch findings included (the --history fingerprints), in file order. */
  onFinding?: (group: string, finding: Pick<Finding, "table" | "indicator" | "ruleId" | "severity">, n: number) => void;
  /** Every file once, in pass 2 (the --history budget year); its tables come without indicators. */
  onEntry?: (input: AuditInput) => void;
  /** Splits the findings by group into files here for `groupFindings` (a large batch); else it filters. */
  split?: (rows: Iterable<{ group: string; row: FindingRow }>) => (group: string) => Iterable<FindingRow>;
}

/** The view of an audit built from records, which can also write its JSON report without parsing them. */
export interface RecordView extends AuditView {
  writeJson(emit: (chunk: string | Uint8Array) => void): void;
}

export const isRecordView = (v: AuditView): v is RecordView => typeof (v as Partial<RecordView>).writeJson === "function";

const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function indexIn(sorted: readonly string[], p: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = sorted[mid];
    if (m === p) return mid;
    if (m < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function buildAuditView(source: RecordSource, opts: BuildOptions): RecordView {
  const map = opts.departments ?? null;
  const spec = opts.scoring ?? DEFAULT_SCORING;
  const placement = new Placement(opts.groupBy, map);
  const batch = new BatchChecker(opts.lang, (t) => tableDepartment(t, map), opts.rules);
  const paths = source.paths();
  const inputOf = (p: string, rec: Buffer, parts = recordParts(rec)) => {
    const h = recordHead(rec, parts);
    return { head: h, input: { path: p, ...h.input } as AuditInput };
  };
  for (const p of paths) {
    const rec = source.record(p);
    if (!rec) continue;
    const { input } = inputOf(p, rec);
    placement.vote(input);
    batch.scan(input);
  }

  const tally = new Tally(spec);
  // Per file: its group (an index into `names`) and whether it is a guess or has tables of other groups.
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const mainOf = new Int32Array(paths.length).fill(-1);
  const GUESSED = 1;
  const TABLES = 2;
  const flags = new Uint8Array(paths.length);
  paths.forEach((p, i) => {
    const rec = source.record(p);
    if (!rec) return;
    const parts = recordParts(rec);
    const { head, input } = inputOf(p, rec, parts);
    batch.collect(input);
    opts.onEntry?.(input);
    const place = placement.place(input);
    let k = nameIndex.get(place.main);
    if (k === undefined) {
      k = names.push(place.main) - 1;
      nameIndex.set(place.main, k);
    }
    mainOf[i] = k;
    flags[i] = (place.guessed ? GUESSED : 0) | (place.tables.size ? TABLES : 0);
    tally.addFile(parts.status, head.tables, head.counts, place);
    if (opts.onFinding) {
      for (const [table, indicator, ruleId, severity, , n] of head.counts) opts.onFinding((table !== null ? place.tables.get(table) : undefined) ?? place.main, { table, indicator, ruleId, severity }, n);
    }
  });
  const batchOf = new Map<string, Finding[]>();
  for (const b of batch.findings()) {
    const list = batchOf.get(b.path);
    if (list) list.push(b.finding);
    else batchOf.set(b.path, [b.finding]);
  }

  // The tables of a file placed elsewhere than the file: a small cache, since reporters ask about the file they are writing.
  const cache = new Map<string, Place>();
  const placeOf = (path: string): Place | undefined => {
    let p = cache.get(path);
    if (!p) {
      const rec = source.record(path);
      if (!rec) return undefined;
      p = placement.place(inputOf(path, rec).input);
      cache.set(path, p);
      if (cache.size > 64) cache.delete(cache.keys().next().value as string);
    }
    return p;
  };
  for (const [path, list] of batchOf) {
    const place = placeOf(path);
    if (!place) continue;
    tally.addBatch(list, place);
    if (opts.onFinding) for (const x of list) opts.onFinding((x.table !== null ? place.tables.get(x.table) : undefined) ?? place.main, x, 1);
  }

  const files = function* (): Iterable<FileReport> {
    for (const p of paths) {
      const rec = source.record(p);
      if (!rec) continue;
      const r = recordReport(rec);
      const f: FileReport = { ...r, path: p, findings: [...r.findings, ...(batchOf.get(p) ?? [])] };
      f.status = fileStatus(f.findings, f.status === "error");
      yield f;
    }
  };
  const inputs = function* (): Iterable<AuditInput> {
    for (const p of paths) {
      const rec = source.record(p);
      if (rec) yield { ...recordInput(rec), path: p };
    }
  };
  const groupOf = (path: string, table: string | null) => {
    const i = indexIn(paths, path);
    if (i < 0 || mainOf[i] < 0) return "";
    const main = names[mainOf[i]];
    if (table === null || !(flags[i] & TABLES)) return main;
    return placeOf(path)?.tables.get(table) ?? main;
  };
  const tableGroupsOf = (path: string) => {
    const i = indexIn(paths, path);
    if (i < 0 || !(flags[i] & TABLES)) return undefined;
    const p = placeOf(path);
    return p && p.tables.size ? Object.fromEntries(p.tables) : undefined;
  };
  const guessOf = (path: string) => {
    const i = indexIn(paths, path);
    return i >= 0 && mainOf[i] >= 0 && flags[i] & GUESSED ? names[mainOf[i]] : undefined;
  };
  const allRows = function* (): Iterable<{ group: string; row: FindingRow }> {
    for (const f of files()) for (const x of f.findings) yield { group: groupOf(f.path, x.table), row: { path: f.path, finding: x } };
  };
  let split: ((group: string) => Iterable<FindingRow>) | undefined;
  const summary = tally.summary;
  const head = { groupBy: opts.groupBy, groups: tally.groups(), rules: tally.ruleStats(), categories: tally.categoryStats(), scoring: spec };

  /** `JSON.stringify(materialize(view), null, 2)` and a newline, the records copied as they are. */
  const writeJson = (emit: (chunk: string | Uint8Array) => void) => {
    const out = new Chunks(emit);
    const object = (entries: Iterable<[string, unknown]>) => {
      let n = 0;
      for (const [k, x] of entries) out.text(`${n++ ? "," : ""}\n      ${JSON.stringify(k)}: ${pretty(x, "      ")}`);
      out.text(n ? "\n    }" : "}");
    };
    out.text(`{\n  "files": [`);
    let n = 0;
    for (const p of paths) {
      const rec = source.record(p);
      if (!rec) continue;
      const parts = recordParts(rec);
      const extra = batchOf.get(p);
      out.text(`${n++ ? "," : ""}\n    `);
      out.bytes(rec, parts.before);
      // Batch findings turn "ok" into "problems" unless they are all infos.
      out.text(JSON.stringify(parts.status === "ok" && extra?.some((x) => x.severity !== "info") ? "problems" : parts.status));
      out.bytes(rec, parts.between);
      const own = parts.items[1] > parts.items[0];
      if (!own && !extra) out.text("[]");
      else {
        out.text("[");
        out.bytes(rec, parts.items);
        if (extra) out.text(`${own ? "," : ""}${extra.map(findingItem).join(",")}`);
        out.text("\n      ]");
      }
      out.bytes(rec, parts.after);
    }
    out.text(n ? "\n  ]" : "]");
    const { groupBy, groups, rules, categories, scoring, history } = head as RecordView["head"];
    out.text(`,\n  "summary": ${pretty(summary, "  ")},\n  "audit": {\n    "groupBy": ${JSON.stringify(groupBy)},\n    "groups": ${pretty(groups, "    ")},\n    "rules": ${pretty(rules, "    ")},\n    "categories": ${pretty(categories, "    ")},\n    "fileGroups": {`);
    object((function* () { for (const p of paths) yield [p, groupOf(p, null)] as [string, unknown]; })());
    out.text(`,\n    "tableGroups": {`);
    object((function* () { for (const p of paths) { const t = tableGroupsOf(p); if (t) yield [p, t] as [string, unknown]; } })());
    out.text(`,\n    "guessed": {`);
    object((function* () { for (const p of paths) { const g = guessOf(p); if (g !== undefined) yield [p, g] as [string, unknown]; } })());
    out.text(`,\n    "scoring": ${pretty(scoring, "    ")},`);
    if (history) out.text(`\n    "history": ${pretty(history, "    ")},`);
    out.text(`\n    "inputs": [`);
    n = 0;
    for (const p of paths) {
      const rec = source.record(p);
      if (!rec) continue;
      out.text(`${n++ ? "," : ""}\n      `);
      out.bytes(rec, recordParts(rec).input);
    }
    out.text(n ? "\n    ]" : "]");
    out.text(`\n  }\n}\n`);
    out.flush();
  };

  return {
    summary,
    head,
    groupOf,
    tableGroupsOf,
    guessOf,
    files,
    inputs,
    *groupFindings(group) {
      if (opts.split) {
        split ??= opts.split(allRows());
        yield* split(group);
        return;
      }
      for (const r of allRows()) if (r.group === group) yield r.row;
    },
    writeJson,
  };
}

/**
 * Output gathered into chunks of about 1 MiB, cut only between pieces: a piece of text or of a
 * record is whole UTF-8, so every chunk is too (stdout decodes each on its own).
 */
class Chunks {
  private buf = Buffer.alloc(1 << 20);
  private at = 0;
  constructor(private readonly emit: (chunk: Uint8Array) => void) {}

  text(s: string): void {
    const n = Buffer.byteLength(s);
    if (this.at + n > this.buf.length) this.flush();
    if (n > this.buf.length) this.emit(Buffer.from(s));
    else this.at += this.buf.write(s, this.at);
  }

  bytes(src: Buffer, [a, b]: [number, number]): void {
    const n = b - a;
    if (this.at + n > this.buf.length) this.flush();
    if (n > this.buf.length) this.emit(src.subarray(a, b));
    else this.at += src.copy(this.buf, this.at, a, b);
  }

  flush(): void {
    if (this.at) this.emit(this.buf.subarray(0, this.at));
    this.at = 0;
  }
}

/** Results in memory → records (sorted by path; a file without an input gets an empty one). */
export function memorySource(filesIn: FileReport[], inputsIn: AuditInput[]): RecordSource {
  const inputOf = new Map(inputsIn.map((i) => [i.path, i]));
  const records = new Map<string, Buffer>();
  for (const report of [...filesIn].sort(byPath)) {
    const rec = encodeRecord(report, inputOf.get(report.path) ?? { path: report.path, sha256: null, bytes: null, tables: [] });
    records.set(report.path, Buffer.from(rec.buffer, rec.byteOffset, rec.byteLength));
  }
  const paths = [...records.keys()];
  return { paths: () => paths, record: (p) => records.get(p) };
}

/** The whole audit as one object (tests, the library, small merges). */
export function buildAuditReport(files: FileReport[], inputs: AuditInput[], groupBy: GroupBy, lang: Lang, opts: Partial<BuildOptions> = {}): AuditReport {
  return materialize(buildAuditView(memorySource(files, inputs), { ...opts, groupBy, lang }));
}
