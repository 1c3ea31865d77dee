/**
 * Scores pbm's JSON output against the corpus answer key (fixtures/corpus/key.json): the logic of
 * the team's corpus-score tool (tools/corpus-score.mjs in the shared folder, outside the checkout) as a
 * module, with structured results, and the same CLI.
 *
 *   npx tsx scripts/corpus/score.ts reading KEY REPORT   REPORT = `pbm normalize <files> --format json`
 *   npx tsx scripts/corpus/score.ts review  KEY REPORT   REPORT = `pbm validate  <files> --format json`
 *
 * Files are matched by name without extension, so 03-foo.xlsx, 03-foo.csv and 03-foo.txt all score
 * against the key entry 03-foo.txt; only key entries whose file is in the report are scored. The CLI
 * prints every miss, then one summary line — line for line what the shared tool prints — and exits 0.
 *
 * reading: a file is right when its number of tables and of named indicators match the key's "parse"
 *          and every sample indicator has the key's operator, value and unit.
 * review:  "must" and "bonus" items are problems a finding of one of the item's categories must
 *          report (table "*" = any table; indicator null = a table-level finding; a list = any of
 *          them); "ok" items list categories that must NOT be reported for that indicator.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

// ---------------------------------------------------------------- the key and the reports

export interface KeySample {
  indicator: string;
  operator: string | null;
  value: string | number | null;
  unit?: string | null;
}

export interface KeyParse {
  tables: number;
  indicators: number;
  samples?: KeySample[];
}

export interface KeyItem {
  table: string;
  /** a name, any of a list, null for a table-level finding, "*" for any finding of the table */
  indicator: string | string[] | null;
  categories: string[];
  hint?: string[];
  note?: string;
}

export interface KeyEntry {
  parse?: KeyParse;
  must?: KeyItem[];
  bonus?: KeyItem[];
  ok?: KeyItem[];
}

export interface Key {
  files: Record<string, KeyEntry>;
}

/** The parts of `pbm normalize --format json` the score reads. */
export interface ReadingReport {
  files?: { path?: string; tables?: { indicators?: { name?: string | null; operator?: string | null; value?: unknown; unit?: string | null }[] }[] }[];
}

export interface ReportFinding {
  table?: string | null;
  indicator?: string | null;
  category?: string;
  message?: string;
  ruleId?: string;
}

/** The parts of `pbm validate --format json` the score reads. */
export interface ReviewReport {
  files?: { path?: string; findings?: ReportFinding[] }[];
}

// ---------------------------------------------------------------- matching (as the shared tool)

export const norm = (s: unknown): string | null =>
  s == null ? null : String(s).normalize("NFKC").replace(/\s+/g, "").replace(/^[。.;；,，]+|[。.;；,，]+$/g, "");
export const stem = (p: string): string =>
  String(p)
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]+$/, "");

const OPS: Record<string, string | null> = { ">=": ">=", "≥": ">=", "<=": "<=", "≤": "<=", "=": "=", ">": ">", "<": "<", "": null };
// `?? o` as in the shared tool: an empty operator stays "" (it is not the key's null)
const op = (o: string | null | undefined) => (o == null ? null : ((Object.prototype.hasOwnProperty.call(OPS, o) ? OPS[o] : undefined) ?? o));
const num = (v: unknown) => (v === null || v === "" || typeof v === "boolean" || isNaN(Number(v)) ? null : Number(v));
const sameValue = (a: unknown, b: unknown) => {
  const [x, y] = [num(a), num(b)];
  if (x !== null && y !== null) return Math.abs(x - y) < 1e-6 * Math.max(1, Math.abs(x));
  return norm(a ?? "") === norm(b ?? "");
};
const pct = (a: number, b: number) => Math.round((100 * a) / b);

function byStem<F extends { path?: string }>(files: F[] | undefined): Map<string, F> {
  const m = new Map<string, F>();
  for (const f of files ?? []) m.set(stem(f.path ?? ""), f);
  return m;
}

// ---------------------------------------------------------------- reading

export interface SampleResult {
  indicator: string;
  right: boolean;
  /** "not found", or what differs: `operator null != ">="` … */
  problems: string[];
}

export interface ReadingFileResult {
  /** the key entry's name (NN-….txt) */
  file: string;
  right: boolean;
  tables: { got: number; want: number };
  indicators: { got: number; want: number };
  samples: SampleResult[];
  /** each wrong thing, in the shared tool's words */
  problems: string[];
}

export interface ReadingResult {
  files: ReadingFileResult[];
  right: number;
  total: number;
  samples: number;
  samplesRight: number;
  /** what the CLI prints: one line per wrong file, then the summary */
  lines: string[];
  summary: string;
}

type ReadingFile = NonNullable<ReadingReport["files"]>[number];

/** One file's reading against its key entry's `parse`. */
export function scoreReadingFile(name: string, parse: KeyParse, file: ReadingFile): ReadingFileResult {
  const tables = file.tables ?? [];
  const inds = tables.flatMap((t) => t.indicators ?? []).filter((i) => norm(i.name));
  const problems: string[] = [];
  if (tables.length !== parse.tables || inds.length !== parse.indicators)
    problems.push(`tables ${tables.length}/${parse.tables}, indicators ${inds.length}/${parse.indicators}`);
  const samples: SampleResult[] = [];
  for (const s of parse.samples ?? []) {
    const i = inds.find((x) => norm(x.name) === norm(s.indicator));
    const bad: string[] = [];
    if (!i) bad.push("not found");
    else {
      if (op(i.operator) !== op(s.operator)) bad.push(`operator ${JSON.stringify(i.operator)} != ${JSON.stringify(s.operator)}`);
      if (!sameValue(i.value, s.value)) bad.push(`value ${JSON.stringify(i.value)} != ${JSON.stringify(s.value)}`);
      if (s.unit != null && norm(i.unit) !== norm(s.unit)) bad.push(`unit ${JSON.stringify(i.unit)} != ${JSON.stringify(s.unit)}`);
    }
    if (bad.length) problems.push(`${s.indicator}: ${bad.join("; ")}`);
    samples.push({ indicator: s.indicator, right: bad.length === 0, problems: bad });
  }
  return {
    file: name,
    right: problems.length === 0,
    tables: { got: tables.length, want: parse.tables },
    indicators: { got: inds.length, want: parse.indicators },
    samples,
    problems,
  };
}

export function scoreReading(key: Key, report: ReadingReport): ReadingResult {
  const files = byStem(report.files);
  const entries = Object.entries(key.files).filter(([name]) => files.has(stem(name)));
  if (entries.length === 0) return empty();
  const results: ReadingFileResult[] = [];
  const lines: string[] = [];
  for (const [name, exp] of entries) {
    if (!exp.parse) continue;
    const r = scoreReadingFile(name, exp.parse, files.get(stem(name))!);
    results.push(r);
    if (!r.right) lines.push(`${name}: ${r.problems.join(" | ")}`);
  }
  const right = results.filter((r) => r.right).length;
  const samples = results.reduce((n, r) => n + r.samples.length, 0);
  const samplesRight = results.reduce((n, r) => n + r.samples.filter((s) => s.right).length, 0);
  const n = results.length;
  const summary = `reading: files right ${right}/${n} (${pct(right, n)}%), samples right ${samplesRight}/${samples}`;
  return { files: results, right, total: n, samples, samplesRight, lines: [...lines, summary], summary };

  function empty(): ReadingResult {
    const summary = "no file of the key is in the report";
    return { files: [], right: 0, total: 0, samples: 0, samplesRight: 0, lines: [summary], summary };
  }
}

// ---------------------------------------------------------------- review

export function matches(item: KeyItem, f: ReportFinding): boolean {
  if (item.table !== "*" && norm(f.table) !== norm(item.table)) return false;
  const fi = norm(f.indicator) || null;
  const want = item.indicator;
  if (want === null) {
    if (fi !== null) return false;
  } else if (want !== "*") {
    const names = (Array.isArray(want) ? want : [want]).map(norm);
    if (!names.includes(fi)) return false;
  }
  if (!item.categories.includes(f.category as string)) return false;
  if (item.hint) {
    const text = `${f.message ?? ""} ${f.ruleId ?? ""}`.toLowerCase();
    if (!item.hint.some((h) => text.includes(h.toLowerCase()))) return false;
  }
  return true;
}

export interface FalseFlag {
  item: KeyItem;
  finding: ReportFinding;
}

export interface ReviewFileResult {
  file: string;
  must: { found: KeyItem[]; missed: KeyItem[] };
  bonus: { found: KeyItem[]; missed: KeyItem[] };
  falseFlags: FalseFlag[];
  /** missed must items and false flags, in the shared tool's words */
  problems: string[];
}

export interface ReviewResult {
  files: ReviewFileResult[];
  must: { found: number; total: number };
  bonus: { found: number; total: number };
  falseFlags: number;
  lines: string[];
  summary: string;
}

const missedLine = (item: KeyItem) => `missed must: ${item.table} / ${JSON.stringify(item.indicator)} ${String(item.categories)} — ${item.note ?? ""}`;
const flagLine = ({ item, finding: f }: FalseFlag) => `false flag: ${item.table} / ${String(item.indicator)} [${f.category}] ${f.ruleId}: ${f.message}`;

/** One file's findings against its key entry's must / bonus / ok items. */
export function scoreReviewFile(name: string, exp: KeyEntry, findings: ReportFinding[]): ReviewFileResult {
  const res: ReviewFileResult = { file: name, must: { found: [], missed: [] }, bonus: { found: [], missed: [] }, falseFlags: [], problems: [] };
  for (const kind of ["must", "bonus"] as const)
    for (const item of exp[kind] ?? []) {
      if (findings.some((f) => matches(item, f))) res[kind].found.push(item);
      else {
        res[kind].missed.push(item);
        if (kind === "must") res.problems.push(missedLine(item));
      }
    }
  for (const item of exp.ok ?? [])
    for (const f of findings.filter((x) => matches(item, x))) {
      res.falseFlags.push({ item, finding: f });
      res.problems.push(flagLine({ item, finding: f }));
    }
  return res;
}

export function scoreReview(key: Key, report: ReviewReport): ReviewResult {
  const files = byStem(report.files);
  const entries = Object.entries(key.files).filter(([name]) => files.has(stem(name)));
  if (entries.length === 0) {
    const summary = "no file of the key is in the report";
    return { files: [], must: { found: 0, total: 0 }, bonus: { found: 0, total: 0 }, falseFlags: 0, lines: [summary], summary };
  }
  const results = entries.map(([name, exp]) => scoreReviewFile(name, exp, files.get(stem(name))!.findings ?? []));
  const count = (k: "must" | "bonus") => ({
    found: results.reduce((n, r) => n + r[k].found.length, 0),
    total: results.reduce((n, r) => n + r[k].found.length + r[k].missed.length, 0),
  });
  const must = count("must");
  const bonus = count("bonus");
  const falseFlags = results.reduce((n, r) => n + r.falseFlags.length, 0);
  const summary = `review: must ${must.found}/${must.total} (${pct(must.found, must.total || 1)}%), bonus ${bonus.found}/${bonus.total}, false flags on ok items ${falseFlags}`;
  const lines = results.flatMap((r) => r.problems.map((p) => `${r.file}: ${p}`));
  return { files: results, must, bonus, falseFlags, lines: [...lines, summary], summary };
}

// ---------------------------------------------------------------- CLI

export function main(argv: string[]): number {
  const [mode, keyPath, reportPath] = argv;
  if (!["reading", "review"].includes(mode) || !keyPath || !reportPath) {
    console.error("usage: score.ts reading|review KEY.json REPORT.json");
    return 2;
  }
  const key = JSON.parse(readFileSync(keyPath, "utf8")) as Key;
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as ReadingReport & ReviewReport;
  const result = mode === "reading" ? scoreReading(key, report) : scoreReview(key, report);
  for (const line of result.lines) console.log(line);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
