/**
 * How well pbm reads and reviews the real-table corpus, in every format users have.
 *
 *   npm run corpus [-- --min-reading 95 --min-recall 90] [--format xlsx,csv] [--save DIR]
 *
 * For each format (the .txt and its xlsx / xls / csv renders in fixtures/corpus/rendered/) it runs
 * the built CLI, `pbm normalize --format json` and `pbm validate --format json`, over every corpus
 * table, scores both against fixtures/corpus/key.json (scripts/corpus/score.ts: the logic of the
 * shared corpus-score tool) and prints per file what is right and wrong, per format the reading
 * and review summary lines side by side, then one overall line.
 *
 * It is a report: exit 0 whatever the scores, 2 when it cannot run. With --min-reading P (share of
 * files read right) or --min-recall P (share of must items found), it exits 1 when any format is
 * below P, for CI. --save DIR keeps the reports pbm printed (DIR/<format>.normalize.json and
 * DIR/<format>.validate.json), e.g. to score them with the shared tool.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { FORMATS, KEY_FILE, ROOT, corpusFile, corpusStems, type CorpusFormat } from "./corpus/files.js";
import { scoreReading, scoreReview, stem as stemOf, type Key, type ReadingReport, type ReadingResult, type ReviewReport, type ReviewResult } from "./corpus/score.js";

const PBM = path.join(ROOT, "bin", "pbm.js");
/** A corpus file that takes longer than this has hung (they are one table each). */
const TIMEOUT_MS = 5 * 60_000;

export interface FormatScore {
  format: CorpusFormat;
  reading: ReadingResult;
  review: ReviewResult;
}

export interface Thresholds {
  minReading?: number;
  minRecall?: number;
}

class CorpusError extends Error {}

/** Runs `pbm <command> <files> --format json` and parses its report; exit 1 (findings, unreadable files) is a result too. */
function pbmJson(command: "normalize" | "validate", files: string[]): unknown {
  const p = spawnSync(process.execPath, [PBM, command, ...files, "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    timeout: TIMEOUT_MS,
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (p.error) throw new CorpusError(`pbm ${command}: ${p.error.message}`);
  if (p.status !== 0 && p.status !== 1) throw new CorpusError(`pbm ${command} exited ${p.status ?? p.signal}: ${p.stderr.slice(0, 2000)}`);
  try {
    return JSON.parse(p.stdout);
  } catch {
    throw new CorpusError(`pbm ${command} did not print JSON: ${p.stdout.slice(0, 500)}${p.stderr.slice(0, 500)}`);
  }
}

export function scoreFormat(format: CorpusFormat, key: Key, stems = corpusStems(), save?: string): FormatScore {
  const files = stems.map((s) => path.relative(ROOT, corpusFile(s, format)).split(path.sep).join("/"));
  const missing = files.filter((f) => !existsSync(path.join(ROOT, f)));
  if (missing.length) throw new CorpusError(`missing ${missing.join(", ")}: run npm run corpus:render`);
  const normalized = pbmJson("normalize", files);
  const validated = pbmJson("validate", files);
  if (save) {
    mkdirSync(save, { recursive: true });
    writeFileSync(path.join(save, `${format}.normalize.json`), JSON.stringify(normalized, null, 2) + "\n");
    writeFileSync(path.join(save, `${format}.validate.json`), JSON.stringify(validated, null, 2) + "\n");
  }
  return { format, reading: scoreReading(key, normalized as ReadingReport), review: scoreReview(key, validated as ReviewReport) };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** Per file: reading right or what is wrong, the review counts, then each missed must item and false flag. */
export function formatLines(s: FormatScore): string[] {
  const lines = [`── ${s.format} (${plural(s.reading.total, "file")}) ──`];
  const review = new Map(s.review.files.map((r) => [stemOf(r.file), r]));
  for (const r of s.reading.files) {
    const rv = review.get(stemOf(r.file));
    const counts = rv
      ? `review must ${rv.must.found.length}/${rv.must.found.length + rv.must.missed.length}, bonus ${rv.bonus.found.length}/${rv.bonus.found.length + rv.bonus.missed.length}` +
        (rv.falseFlags.length ? `, ${plural(rv.falseFlags.length, "false flag")}` : "")
      : "review: no findings report";
    lines.push(`${r.right ? "✓" : "✗"} ${stemOf(r.file)}  ${r.right ? "reading right" : `reading: ${r.problems.join(" | ")}`} · ${counts}`);
    for (const p of rv?.problems ?? []) lines.push(`    ${p}`);
  }
  lines.push(summaryLine(s), "");
  return lines;
}

export function summaryLine(s: FormatScore): string {
  return `${s.format.padEnd(5)} ${s.reading.summary} | ${s.review.summary}`;
}

export function overallLine(scores: FormatScore[]): string {
  const sum = (f: (s: FormatScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const right = sum((s) => s.reading.right);
  const total = sum((s) => s.reading.total);
  const must = sum((s) => s.review.must.found);
  const mustAll = sum((s) => s.review.must.total);
  const pct = (a: number, b: number) => Math.round((100 * a) / (b || 1));
  return (
    `overall (${scores.map((s) => s.format).join(", ")}): reading: files right ${right}/${total} (${pct(right, total)}%), ` +
    `samples right ${sum((s) => s.reading.samplesRight)}/${sum((s) => s.reading.samples)} | ` +
    `review: must ${must}/${mustAll} (${pct(must, mustAll)}%), bonus ${sum((s) => s.review.bonus.found)}/${sum((s) => s.review.bonus.total)}, ` +
    `false flags on ok items ${sum((s) => s.review.falseFlags)}`
  );
}

/** Files read right in some formats and wrong in others: a reading that depends on the format. */
export function formatDifferences(scores: FormatScore[]): string[] {
  const byFile = new Map<string, { right: string[]; wrong: string[] }>();
  for (const s of scores)
    for (const f of s.reading.files) {
      const e = byFile.get(stemOf(f.file)) ?? { right: [], wrong: [] };
      (f.right ? e.right : e.wrong).push(s.format);
      byFile.set(stemOf(f.file), e);
    }
  return [...byFile].filter(([, e]) => e.right.length && e.wrong.length).map(([file, e]) => `${file}: right as ${e.right.join(", ")}; wrong as ${e.wrong.join(", ")}`);
}

/** Formats below a threshold, each as a sentence; empty when all pass. */
export function belowThresholds(scores: FormatScore[], t: Thresholds): string[] {
  const out: string[] = [];
  for (const s of scores) {
    const reading = (100 * s.reading.right) / (s.reading.total || 1);
    const recall = (100 * s.review.must.found) / (s.review.must.total || 1);
    if (t.minReading !== undefined && reading < t.minReading) out.push(`${s.format}: reading ${reading.toFixed(1)}% < ${t.minReading}%`);
    if (t.minRecall !== undefined && recall < t.minRecall) out.push(`${s.format}: must recall ${recall.toFixed(1)}% < ${t.minRecall}%`);
  }
  return out;
}

interface Args extends Thresholds {
  formats: CorpusFormat[];
  save?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { formats: [...FORMATS] };
  const percent = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < 0 || n > 100) throw new CorpusError(`${flag} takes a percentage (0–100), got ${v ?? "nothing"}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--min-reading") args.minReading = percent(a, argv[++i]);
    else if (a === "--min-recall") args.minRecall = percent(a, argv[++i]);
    else if (a === "--format") {
      const fs = (argv[++i] ?? "").split(",").filter(Boolean);
      const bad = fs.filter((f) => !(FORMATS as readonly string[]).includes(f));
      if (!fs.length || bad.length) throw new CorpusError(`--format takes ${FORMATS.join(",")}, got ${argv[i] ?? "nothing"}`);
      args.formats = fs as CorpusFormat[];
    } else if (a === "--save" && argv[i + 1]) args.save = path.resolve(argv[++i]);
    else throw new CorpusError(`unknown argument ${a} (usage: corpus.ts [--min-reading P] [--min-recall P] [--format txt,xlsx,xls,csv] [--save DIR])`);
  }
  return args;
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (!existsSync(path.join(ROOT, "dist", "index.js"))) throw new CorpusError("dist/ is missing: run npm run build (npm run corpus does)");
    const key = JSON.parse(readFileSync(KEY_FILE, "utf8")) as Key;
    const stems = corpusStems();
    const unkeyed = stems.filter((s) => !key.files[`${s}.txt`]?.parse);
    if (unkeyed.length) console.log(`not scored (no "parse" in key.json): ${unkeyed.join(", ")}\n`);
    const scores: FormatScore[] = [];
    for (const format of args.formats) {
      const s = scoreFormat(format, key, stems, args.save);
      scores.push(s);
      console.log(formatLines(s).join("\n"));
    }
    const differ = formatDifferences(scores);
    if (scores.length > 1) console.log(differ.length ? ["right in some formats, wrong in others:", ...differ.map((d) => `  ${d}`), ""].join("\n") : "no file is right in one format and wrong in another\n");
    console.log(["summary", ...scores.map(summaryLine), overallLine(scores)].join("\n"));
    const below = belowThresholds(scores, args);
    if (below.length) {
      console.log(`\nbelow the thresholds: ${below.join("; ")}`);
      return 1;
    }
    return 0;
  } catch (e) {
    console.error(e instanceof CorpusError ? `corpus: ${e.message}` : e);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
