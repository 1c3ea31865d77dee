/**
 * Per-file results → the audit: batch checks, totals, per-group scores, rule statistics.
 * `pbm audit` (from its spool on disk) and `pbm merge` / the library (from memory) both end here,
 * which is why merged shards equal one run.
 *
 * The results are walked, not held: pass 1 votes folders and scans for the batch checks, pass 2
 * collects the batch candidates and adds every file to the per-group tally. What stays in memory
 * is the tally, the batch index and the placement of the few files that got a batch finding.
 */
import type { AuditInput, AuditReport, AuditView, FindingRow, GroupBy, ScoringSpec } from "../model/audit.js";
import { materialize } from "../model/audit.js";
import type { FileReport, Finding, Lang } from "../model/finding.js";
import { BatchChecker } from "./batch-checks.js";
import { isBatchRule } from "./batch-rules.js";
import type { DepartmentMap } from "./department.js";
import { type Place, Placement, tableDepartment } from "./group.js";
import { DEFAULT_SCORING } from "./score.js";
import { Tally } from "./tally.js";

export interface Entry {
  report: FileReport;
  input: AuditInput;
}

/** Results in path order; walkable several times; `get` finds one by path. */
export interface EntrySource {
  entries(): Iterable<Entry>;
  get(path: string): Entry | undefined;
}

export interface BuildOptions {
  groupBy: GroupBy;
  lang: Lang;
  departments?: DepartmentMap | null;
  scoring?: ScoringSpec;
  /** Every finding with its group, batch findings included (the --history fingerprints). */
  onFinding?: (group: string, finding: Finding, path: string) => void;
  /** Every file once, in pass 2 (the --history budget year). */
  onEntry?: (e: Entry) => void;
  /** Splits the findings by group into files here for `groupFindings` (a large batch); else it filters. */
  split?: (rows: Iterable<{ group: string; row: FindingRow }>) => (group: string) => Iterable<FindingRow>;
}

const byPath = <T extends { path: string }>(a: T, b: T) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function status(f: FileReport): FileReport["status"] {
  if (f.status === "error") return "error";
  return f.findings.some((x) => x.severity !== "info") ? "problems" : "ok";
}

export function buildAuditView(source: EntrySource, opts: BuildOptions): AuditView {
  const map = opts.departments ?? null;
  const spec = opts.scoring ?? DEFAULT_SCORING;
  const placement = new Placement(opts.groupBy, map);
  const batch = new BatchChecker(opts.lang, (t) => tableDepartment(t, map));
  for (const e of source.entries()) {
    placement.vote(e.input);
    batch.scan(e.input);
  }

  const tally = new Tally(spec);
  // Own findings only: a shard's JSON already holds batch findings, which are redone on the whole set.
  const own = (f: FileReport): Finding[] => f.findings.filter((x) => !isBatchRule(x.ruleId));
  for (const e of source.entries()) {
    batch.collect(e.input);
    opts.onEntry?.(e);
    const place = placement.place(e.input);
    const findings = own(e.report);
    tally.addFile({ ...e.report, findings }, place);
    if (opts.onFinding) for (const x of findings) opts.onFinding((x.table !== null ? place.tables.get(x.table) : undefined) ?? place.main, x, e.report.path);
  }
  const batchOf = new Map<string, Finding[]>();
  for (const b of batch.findings()) {
    const list = batchOf.get(b.path);
    if (list) list.push(b.finding);
    else batchOf.set(b.path, [b.finding]);
  }

  // Placement of any file: a small cache, since reporters ask about the file they are writing.
  const cache = new Map<string, Place>();
  const placeOf = (path: string): Place | undefined => {
    let p = cache.get(path);
    if (!p) {
      const e = source.get(path);
      if (!e) return undefined;
      p = placement.place(e.input);
      cache.set(path, p);
      if (cache.size > 64) cache.delete(cache.keys().next().value as string);
    }
    return p;
  };
  for (const [path, list] of batchOf) {
    const place = placeOf(path);
    if (!place) continue;
    tally.addBatch(list, place);
    if (opts.onFinding) for (const x of list) opts.onFinding((x.table !== null ? place.tables.get(x.table) : undefined) ?? place.main, x, path);
  }

  const files = function* (): Iterable<FileReport> {
    for (const e of source.entries()) {
      const f: FileReport = { ...e.report, findings: [...own(e.report), ...(batchOf.get(e.report.path) ?? [])] };
      f.status = status(f);
      yield f;
    }
  };
  const groupOf = (path: string, table: string | null) => {
    const p = placeOf(path);
    return p ? ((table !== null ? p.tables.get(table) : undefined) ?? p.main) : "";
  };
  const allRows = function* (): Iterable<{ group: string; row: FindingRow }> {
    for (const f of files()) for (const x of f.findings) yield { group: groupOf(f.path, x.table), row: { path: f.path, finding: x } };
  };
  let split: ((group: string) => Iterable<FindingRow>) | undefined;

  return {
    summary: tally.summary,
    head: { groupBy: opts.groupBy, groups: tally.groups(), rules: tally.ruleStats(), categories: tally.categoryStats(), scoring: spec },
    groupOf,
    tableGroupsOf: (path) => {
      const p = placeOf(path);
      return p && p.tables.size ? Object.fromEntries(p.tables) : undefined;
    },
    guessOf: (path) => {
      const p = placeOf(path);
      return p?.guessed ? p.main : undefined;
    },
    files,
    *inputs() {
      for (const e of source.entries()) yield e.input;
    },
    *groupFindings(group) {
      if (opts.split) {
        split ??= opts.split(allRows());
        yield* split(group);
        return;
      }
      for (const r of allRows()) if (r.group === group) yield r.row;
    },
  };
}

/** Results in memory → a source (sorted by path; a file without an input gets an empty one). */
export function memorySource(filesIn: FileReport[], inputsIn: AuditInput[]): EntrySource {
  const inputOf = new Map(inputsIn.map((i) => [i.path, i]));
  const entries: Entry[] = [...filesIn].sort(byPath).map((report) => ({ report, input: inputOf.get(report.path) ?? { path: report.path, sha256: null, bytes: null, tables: [] } }));
  const byName = new Map(entries.map((e) => [e.report.path, e]));
  return { entries: () => entries, get: (p) => byName.get(p) };
}

/** The whole audit as one object (tests, the library, small merges). */
export function buildAuditReport(files: FileReport[], inputs: AuditInput[], groupBy: GroupBy, lang: Lang, opts: Partial<BuildOptions> = {}): AuditReport {
  return materialize(buildAuditView(memorySource(files, inputs), { ...opts, groupBy, lang }));
}
