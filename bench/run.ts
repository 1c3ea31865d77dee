/**
 * pbm benchmark (issue 7). Measures, on the same generated files in one run:
 *  (a) `pbm validate` over N workbooks vs a bare SheetJS read of the same files;
 *  (b) `pbm audit` with 1 vs 2 workers;
 *  (c) cold start of the real binary on one small workbook vs a bare node + SheetJS read (median);
 *  (d) one workbook with 25k / 50k / 100k indicator rows: time and peak RSS;
 *  (e) CSV and text exports of the same tables, like (a), and their time per indicator vs xlsx;
 *  (f) `pbm audit` memory (issue 13): peak RSS of the whole process (main thread and workers) on a
 *      corpus of 600 and of 30,000 files from scripts/make-corpus.ts, writing the xlsx, html and json
 *      reports — the target is 30,000 ≤ 1.2 × 600. `--only-audit-memory` runs just (f) and keeps the
 *      rest of RESULTS.md as it is;
 *  (h) the mixed corpus (issue 14): ≥ 500 files of every format a department sends — xlsx, xls, ods, csv, text —
 *      with a few workbooks of 10,000+ indicator rows among them; `pbm validate` vs the bare read of the same
 *      files (as shipped, and held to one thread), and `pbm audit` with 2 vs 1 workers on them;
 *  (g) the page (dist/web/pbm.html) in the npm-shipped Chromium: a 1,000-indicator workbook from the file
 *      input to its table painted with the marks, by the page's own clock (median of 3 fresh pages; the
 *      split into checking and drawing, and the time seen through Playwright, beside it).
 * Writes bench/RESULTS.md (or --out FILE); a "## Profile" section already in that file is kept.
 * `--smoke` runs tiny sizes (CI); it checks that everything runs, not how fast.
 *
 * Fairness: pbm and the baseline run alternately (pbm, bare, pbm, bare …) so drifting machine
 * load hits both, and every figure is reported with the CPU time of the process (user + system,
 * all threads) next to the wall time. `pbm validate` picks worker threads by itself (from 300 files
 * on an idle machine); the baseline is one thread, so (a) is given twice: the CLI as shipped and
 * the CLI held to one thread (its core-count probe answered 1).
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "xlsx";
import { launchBrowser } from "../tests/helpers/browser.js";
import { dropFiles, ensurePage, openPage } from "../tests/helpers/web-page.js";
import { makeBigWorkbook, makeWorkbook, rng, seedTables } from "./generate.js";
import { makeCorpus } from "../scripts/make-corpus.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const argOf = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const resultsFile = path.resolve(argOf("--out") ?? path.join(root, "bench", "RESULTS.md"));
const work = path.join(os.tmpdir(), `pbm-bench-${process.pid}`);
const sizes = smoke
  ? { files: 6, runs: 1, cold: 3, big: [500, 1000], audit: [30, 60] }
  : { files: 200, runs: Number(argOf("--runs") ?? 3), cold: 11, big: [25_000, 50_000, 100_000], audit: (argOf("--audit-sizes") ?? "600,30000").split(",").map(Number) };
/** (h): how many files of each format, and the big workbooks' indicator rows. */
const mixed = smoke ? { xlsx: 8, xls: 2, ods: 2, csv: 2, txt: 2, big: [2000] } : { xlsx: 380, xls: 30, ods: 30, csv: 40, txt: 40, big: [10_000, 12_000, 15_000] };
const onlyAuditMemory = args.includes("--only-audit-memory");

const pbm = path.join(root, "bin", "pbm.js");
const cli = path.join(root, "bench", "cli.mjs");
const bare = path.join(root, "bench", "bare-read.mjs");

interface Timing {
  ms: number;
  /** CPU time of the child (user + system, all its threads), or NaN where /proc is missing. */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

/** Children's CPU time so far (Linux /proc; clock ticks of 10 ms). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

function run(cmd: string, argv: string[], env: Record<string, string> = {}): Timing {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const p = spawnSync(cmd, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1", ...env } });
  const ms = performance.now() - t0;
  const cpuMs = childrenCpuMs() - cpu0;
  if (p.status !== 0 && p.status !== 1) {
    throw new Error(`${cmd} ${argv.join(" ")} exited ${p.status}: ${p.stderr.slice(0, 2000)}`);
  }
  return { ms, cpuMs, stdout: p.stdout, stderr: p.stderr };
}

interface Pair {
  pbm: Timing;
  bare: Timing;
}

/** `runs` alternating runs of both; the medians (wall and CPU taken separately). */
function pair(runs: number, a: () => Timing, b: () => Timing): Pair {
  const as: Timing[] = [];
  const bs: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(a());
    bs.push(b());
  }
  return { pbm: medianOf(as), bare: medianOf(bs) };
}

function medianOf(ts: Timing[]): Timing {
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ms: med(ts.map((t) => t.ms)), cpuMs: med(ts.map((t) => t.cpuMs)), stdout: ts[0].stdout, stderr: ts[0].stderr };
}

const fmt = (ms: number) => (Number.isNaN(ms) ? "n/a" : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const both = (t: Timing) => `${fmt(t.ms)} (CPU ${fmt(t.cpuMs)})`;

function indicatorsOf(jsonFile: string): number {
  const report = JSON.parse(readFileSync(jsonFile, "utf8")) as { summary: { indicators: number } };
  return report.summary.indicators;
}

function generate(dirs: Record<"xlsx" | "csv" | "txt", string>, templates: string[][][]): void {
  const r = rng(20231201);
  for (let i = 0; i < sizes.files; i++) {
    const tables = 1 + Math.floor(r() * 30);
    const buf = makeWorkbook(r, { tables, tablesPerSheet: 1 + Math.floor(r() * 4) }, templates);
    const name = `dept${String(i % 100).padStart(3, "0")}-${String(i).padStart(4, "0")}`;
    writeFileSync(path.join(dirs.xlsx, `${name}.xlsx`), buf);
    // The same tables as the text exports budget systems produce: one grid, tables stacked.
    const wb = XLSX.read(buf, { dense: true });
    const csv = wb.SheetNames.map((s) => XLSX.utils.sheet_to_csv(wb.Sheets[s])).join("\n\n");
    const txt = wb.SheetNames.map((s) => XLSX.utils.sheet_to_csv(wb.Sheets[s], { FS: "\t" })).join("\n\n");
    writeFileSync(path.join(dirs.csv, `${name}.csv`), csv);
    writeFileSync(path.join(dirs.txt, `${name}.txt`), txt);
  }
}

/** (h): every format in one folder, the big workbooks last in name order (the pool deals them first by size). */
function generateMixed(dir: string, templates: string[][][]): number {
  const r = rng(14);
  let n = 0;
  const name = (ext: string) => path.join(dir, `dept${String(n % 100).padStart(3, "0")}-${String(n++).padStart(4, "0")}.${ext}`);
  for (const [ext, count] of [["xlsx", mixed.xlsx], ["xls", mixed.xls], ["ods", mixed.ods], ["csv", mixed.csv], ["txt", mixed.txt]] as const) {
    for (let i = 0; i < count; i++) {
      const buf = makeWorkbook(r, { tables: 1 + Math.floor(r() * 30), tablesPerSheet: 1 + Math.floor(r() * 4) }, templates);
      if (ext === "xlsx") {
        writeFileSync(name(ext), buf);
        continue;
      }
      const wb = XLSX.read(buf, { dense: true, cellNF: true });
      if (ext === "xls" || ext === "ods") writeFileSync(name(ext), XLSX.write(wb, { type: "buffer", bookType: ext === "xls" ? "biff8" : "ods" }) as Buffer);
      else writeFileSync(name(ext), wb.SheetNames.map((s) => XLSX.utils.sheet_to_csv(wb.Sheets[s], ext === "txt" ? { FS: "\t" } : {})).join("\n\n"));
    }
  }
  for (const rows of mixed.big) writeFileSync(name("xlsx"), makeBigWorkbook(rows, rng(rows)));
  return n;
}

/** The `summary` of an audit JSON without reading the whole file (at 30,000 files it passes V8's string limit). */
function jsonSummary(file: string): { files: number; tables: number; errors: number; warnings: number; infos: number } {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(1 << 22);
    const marker = '\n  "summary": ';
    let carry = "";
    for (let pos = 0; pos < size; pos += chunk.length) {
      const n = readSync(fd, chunk, 0, chunk.length, pos);
      const text = carry + chunk.toString("latin1", 0, n);
      const at = text.indexOf(marker);
      if (at >= 0) {
        const start = pos - Buffer.byteLength(carry, "latin1") + at + marker.length;
        const head = Buffer.alloc(4096);
        const m = readSync(fd, head, 0, head.length, start);
        const body = head.toString("utf8", 0, m);
        return JSON.parse(body.slice(0, body.indexOf("}") + 1)) as ReturnType<typeof jsonSummary>;
      }
      carry = text.slice(-marker.length);
    }
    throw new Error(`no summary in ${file}`);
  } finally {
    closeSync(fd);
  }
}

/** (f): the audit's peak RSS on a small and a huge corpus, with every report written. */
function auditMemory(): string[] {
  const rows: { files: number; t: Timing; rssMiB: number; tables: number; findings: number; jsonMiB: number }[] = [];
  // Generating 30,000 workbooks takes longer than checking them: a generated corpus is kept (bench/out/ or
  // --corpus-cache DIR) and used again when its manifest says it was made with the same options.
  const cache = path.resolve(argOf("--corpus-cache") ?? path.join(root, "bench", "out"));
  for (const n of sizes.audit) {
    const dir = path.join(work, `audit-${n}`);
    mkdirSync(dir, { recursive: true });
    const options = { files: n, departments: Math.min(100, Math.max(2, Math.floor(n / 6))), seed: 42 };
    const corpus = path.join(cache, `audit-corpus-${n}`);
    let manifest: { options?: unknown } = {};
    try {
      manifest = JSON.parse(readFileSync(path.join(corpus, "manifest.json"), "utf8")) as { options?: unknown };
    } catch {
      // not there yet
    }
    if (JSON.stringify(manifest.options) !== JSON.stringify(options)) makeCorpus({ out: corpus, ...options });
    const t = run("node", [cli, "audit", corpus, "--jobs", "2", "-q", "--work-dir", path.join(dir, ".spool"), "-r", path.join(dir, "audit.xlsx"), "-r", path.join(dir, "audit.html"), "-r", path.join(dir, "audit.json")], { BENCH_RSS: "1" });
    const { maxRssKiB } = JSON.parse(t.stderr.trim().split("\n").pop() ?? "{}") as { maxRssKiB: number };
    const s = jsonSummary(path.join(dir, "audit.json"));
    rows.push({ files: s.files, t, rssMiB: maxRssKiB / 1024, tables: s.tables, findings: s.errors + s.warnings + s.infos, jsonMiB: statSync(path.join(dir, "audit.json")).size / 2 ** 20 });
    rmSync(dir, { recursive: true, force: true });
  }
  const [small, large] = [rows[0], rows[rows.length - 1]];
  const growth = large.rssMiB / small.rssMiB;
  return [
    "## Audit memory (issue 13)",
    "",
    `\`pbm audit <corpus> --jobs 2 -r audit.xlsx -r audit.html -r audit.json\` on corpora from \`scripts/make-corpus.ts\` (100 departments, seed 42), one run each; peak RSS of the whole process (main thread and both workers, \`process.resourceUsage().maxRSS\`). Findings go to the spool on disk as they arrive and every report is streamed from it.`,
    "",
    "| # | measure | time | peak RSS | target | |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| f | audit ${r.files.toLocaleString("en")} files (${r.tables.toLocaleString("en")} tables, ${r.findings.toLocaleString("en")} findings; JSON report ${r.jsonMiB.toFixed(0)} MiB) | ${both(r.t)} | ${r.rssMiB.toFixed(0)} MiB | | |`),
    `| f | growth: peak RSS at ${large.files.toLocaleString("en")} vs ${small.files.toLocaleString("en")} files | | ${growth.toFixed(2)}× | ≤ 1.2× | ${growth <= 1.2 ? "met" : "**missed**"} |`,
    "",
  ];
}

function writeResults(head: string[], audit: string[]): void {
  const kept = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";
  const profileAt = kept.indexOf("\n## Profile");
  const text = [...head, ...audit].join("\n") + (profileAt >= 0 ? kept.slice(profileAt) : "");
  const tmp = `${resultsFile}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, resultsFile);
}

interface PageRender {
  /** Measured by the page: file input → tables painted. */
  ms: number;
  /** Measured from here, through Playwright (the file travels over the DevTools protocol). */
  outsideMs: number;
  checkMs: number;
  renderMs: number;
  indicators: number;
  runs: number;
}

/** (g): drop one workbook on a fresh page, until the page says it has painted it; medians over `runs` pages. */
async function pageRender(file: string, runs: number): Promise<PageRender> {
  await ensurePage();
  const browser = await launchBrowser();
  const ms: number[] = [];
  const outside: number[] = [];
  const check: number[] = [];
  const render: number[] = [];
  let indicators = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const { page } = await openPage(browser);
      const t0 = performance.now();
      const [f] = await dropFiles(page, [file]);
      outside.push(performance.now() - t0);
      const t = await page.evaluate(() => window.__pbm.timings);
      ms.push(t?.totalMs ?? NaN);
      check.push(t?.checkMs ?? NaN);
      render.push(t?.renderMs ?? NaN);
      indicators = f.report.tables.reduce((n, x) => n + x.indicatorCount, 0);
    }
  } finally {
    await browser.close();
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ms: med(ms), outsideMs: med(outside), checkMs: med(check), renderMs: med(render), indicators, runs };
}

const loadAtStart = os.loadavg()[0];

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  if (onlyAuditMemory) {
    const kept = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";
    const end = [kept.indexOf("\n## Audit memory"), kept.indexOf("\n## Profile")].filter((i) => i >= 0);
    const head = (end.length ? kept.slice(0, Math.min(...end)) : kept).replace(/\n+$/, "").split("\n");
    const audit = auditMemory();
    writeResults([...head, ""], audit);
    process.stdout.write(audit.join("\n"));
    rmSync(work, { recursive: true, force: true });
    return;
  }
  const dirs = { xlsx: path.join(work, "xlsx"), csv: path.join(work, "csv"), txt: path.join(work, "txt") };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const templates = seedTables();
  generate(dirs, templates);
  const report = path.join(work, "report.json");
  const validate = (dir: string, threads?: "1") =>
    threads
      ? run("node", [cli, "validate", dir, "-f", "json", "-o", report], { BENCH_THREADS: threads })
      : run("node", [pbm, "validate", dir, "-f", "json", "-o", report]);
  const bareRead = (dir: string) => run("node", [bare, dir]);

  // (a) and (e): same files, pbm vs the bare read, alternating.
  const perFormat: Record<string, Pair & { indicators: number }> = {};
  for (const [fmtName, dir] of Object.entries(dirs)) {
    const p = pair(sizes.runs, () => validate(dir), () => bareRead(dir));
    perFormat[fmtName] = { ...p, indicators: indicatorsOf(report) };
  }
  const oneThread = pair(sizes.runs, () => validate(dirs.xlsx, "1"), () => bareRead(dirs.xlsx));

  // (b) audit with 1 and 2 workers, alternating; its real flags.
  const audit = (jobs: number) => (dir: string) => run("node", [pbm, "audit", dir, "--jobs", String(jobs), "--quiet", "-r", report]);
  const audits = pair(sizes.runs, () => audit(2)(dirs.xlsx), () => audit(1)(dirs.xlsx));

  // (c) cold start on one small workbook.
  const small = path.join(work, "small.xlsx");
  writeFileSync(small, makeWorkbook(rng(5), { tables: 1, tablesPerSheet: 1 }, templates));
  const cold = pair(sizes.cold, () => run("node", [pbm, "validate", small, "-f", "json"]), () => bareRead(small));

  // (d) scaling: one workbook with many indicator rows, once each (in-process CLI for its peak RSS).
  const big: { rows: number; t: Timing; rssMiB: number; indicators: number }[] = [];
  for (const n of sizes.big) {
    const file = path.join(work, `big-${n}.xlsx`);
    writeFileSync(file, makeBigWorkbook(n));
    const t = run("node", [cli, "validate", file, "-f", "json", "-o", report], { BENCH_RSS: "1" });
    const line = t.stderr.trim().split("\n").pop() ?? "{}";
    const { maxRssKiB } = JSON.parse(line) as { maxRssKiB: number };
    big.push({ rows: n, t, rssMiB: maxRssKiB / 1024, indicators: indicatorsOf(report) });
  }

  // (h) the mixed corpus: validate vs the bare read, and audit 2 vs 1 workers, alternating.
  const mixedDir = path.join(work, "mixed");
  mkdirSync(mixedDir, { recursive: true });
  const mixedFiles = generateMixed(mixedDir, templates);
  const mixedShipped = pair(sizes.runs, () => validate(mixedDir), () => bareRead(mixedDir));
  const mixedIndicators = indicatorsOf(report);
  const mixedOne = pair(sizes.runs, () => validate(mixedDir, "1"), () => bareRead(mixedDir));
  const mixedAudits = pair(sizes.runs, () => audit(2)(mixedDir), () => audit(1)(mixedDir));

  // (g) the page in Chromium, one workbook of 1,000 indicators.
  const pageFile = path.join(work, "page-1000.xlsx");
  writeFileSync(pageFile, makeBigWorkbook(1000));
  const web = await pageRender(pageFile, smoke ? 1 : 3);

  const cpu = os.cpus()[0]?.model ?? "unknown cpu";
  const x = perFormat.xlsx;
  const perInd = (f: { pbm: Timing; indicators: number }) => (f.pbm.ms / Math.max(f.indicators, 1)) * 1000;
  const perIndCpu = (f: { pbm: Timing; indicators: number }) => (f.pbm.cpuMs / Math.max(f.indicators, 1)) * 1000;
  // Per-row time without the fixed start-up (the cold start), so the small size is not penalised.
  const perRow = (b: (typeof big)[number]) => (b.t.ms - cold.pbm.ms) / b.rows;
  const lastBig = big[big.length - 1];
  const firstBig = big[0];
  const linearity = perRow(lastBig) / perRow(firstBig);
  // Least-squares slope of wall time over rows: the cost of one more indicator row.
  const meanRows = big.reduce((a, b) => a + b.rows, 0) / big.length;
  const meanMs = big.reduce((a, b) => a + b.t.ms, 0) / big.length;
  const slope = big.reduce((a, b) => a + (b.rows - meanRows) * (b.t.ms - meanMs), 0) / Math.max(big.reduce((a, b) => a + (b.rows - meanRows) ** 2, 0), 1);
  const loadStart = loadAtStart;
  const ok = (b: boolean) => (b ? "met" : "**missed**");
  const loadNow = os.loadavg()[0];
  const lines = [
    `# pbm benchmark results${smoke ? " (smoke run: sizes too small to judge)" : ""}`,
    "",
    `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; load average ${loadStart.toFixed(1)} at the start, ${loadNow.toFixed(1)} at the end.`,
    `Run: \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; ${sizes.files} generated workbooks (seed tables as templates, 1–30 tables each, merged cells, percent and date cells); pbm and baseline alternate, medians of ${sizes.runs} run(s). Wall time, with CPU time (user + system, all threads) in brackets.`,
    "",
    "| # | measure | pbm | baseline | ratio | target | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    `| a | validate ${sizes.files} xlsx (${x.indicators} indicators) vs bare SheetJS read — CLI as shipped (worker threads only from 300 files on an idle machine${sizes.files < 300 ? ", so one thread here" : ""}) | ${both(x.pbm)} | ${both(x.bare)} | ${ratio(x.pbm.ms, x.bare.ms)}× (CPU ${ratio(x.pbm.cpuMs, x.bare.cpuMs)}×) | ≤ 1.3× | ${ok(x.pbm.ms / x.bare.ms <= 1.3)} |`,
    `| a | same, pbm on one thread (like the baseline) | ${both(oneThread.pbm)} | ${both(oneThread.bare)} | ${ratio(oneThread.pbm.ms, oneThread.bare.ms)}× (CPU ${ratio(oneThread.pbm.cpuMs, oneThread.bare.cpuMs)}×) | ≤ 1.3× | ${ok(oneThread.pbm.ms / oneThread.bare.ms <= 1.3)} |`,
    `| b | audit ${sizes.files} xlsx, 2 workers (pbm) vs 1 worker (baseline) | ${both(audits.pbm)} | ${both(audits.bare)} | ${ratio(audits.bare.ms, audits.pbm.ms)}× speed-up | ≥ 1.7× | ${ok(audits.bare.ms / audits.pbm.ms >= 1.7)} |`,
    `| c | cold start, one small workbook (median of ${sizes.cold}) vs node + SheetJS read | ${both(cold.pbm)} | ${both(cold.bare)} | ${ratio(cold.pbm.ms, cold.bare.ms)}× (CPU ${ratio(cold.pbm.cpuMs, cold.bare.cpuMs)}×) | ≤ 1.3× | ${ok(cold.pbm.ms / cold.bare.ms <= 1.3)} |`,
    ...big.map(
      (b) =>
        `| d | one workbook, ${b.rows.toLocaleString("en")} indicator rows (${b.indicators.toLocaleString("en")} found), one run | ${both(b.t)}, ${b.rssMiB.toFixed(0)} MiB peak RSS | | ${(perRow(b) * 1000).toFixed(0)} µs/row after start-up | ≤ 15 s, ≤ 1 GiB | ${ok(b.t.ms <= 15_000 && b.rssMiB <= 1024)} |`,
    ),
    `| d | growth: time per row (less the cold start) at ${lastBig.rows.toLocaleString("en")} vs ${firstBig.rows.toLocaleString("en")} rows; slope of time over rows ${(slope * 1000).toFixed(0)} µs/row | | | ${linearity.toFixed(2)}× | ≈ 1 (linear) | ${ok(linearity <= 1.3)} |`,
    ...(["csv", "txt"] as const).map((k) => {
      const f = perFormat[k];
      return `| e | validate ${sizes.files} ${k} (${f.indicators} indicators) vs bare SheetJS read | ${both(f.pbm)} | ${both(f.bare)} | ${ratio(f.pbm.ms, f.bare.ms)}× (CPU ${ratio(f.pbm.cpuMs, f.bare.cpuMs)}×) | per indicator ≤ xlsx: ${perInd(f).toFixed(1)} µs vs ${perInd(x).toFixed(1)} µs (CPU ${perIndCpu(f).toFixed(1)} vs ${perIndCpu(x).toFixed(1)}) | ${ok(perInd(f) <= perInd(x))} |`;
    }),
    `| h | validate the mixed corpus, ${mixedFiles} files (${Object.entries(mixed).filter(([k]) => k !== "big").map(([k, v]) => `${v} ${k}`).join(", ")}, and ${mixed.big.length} xlsx of ${mixed.big.map((b) => b.toLocaleString("en")).join(" / ")} rows; ${mixedIndicators.toLocaleString("en")} indicators) vs bare SheetJS read — CLI as shipped (workers from 300 files when the load allows) | ${both(mixedShipped.pbm)} | ${both(mixedShipped.bare)} | ${ratio(mixedShipped.pbm.ms, mixedShipped.bare.ms)}× (CPU ${ratio(mixedShipped.pbm.cpuMs, mixedShipped.bare.cpuMs)}×) | ≤ 1.3× | ${ok(mixedShipped.pbm.ms / mixedShipped.bare.ms <= 1.3)} |`,
    `| h | same, pbm on one thread (like the baseline) | ${both(mixedOne.pbm)} | ${both(mixedOne.bare)} | ${ratio(mixedOne.pbm.ms, mixedOne.bare.ms)}× (CPU ${ratio(mixedOne.pbm.cpuMs, mixedOne.bare.cpuMs)}×) | ≤ 1.3× | ${ok(mixedOne.pbm.ms / mixedOne.bare.ms <= 1.3)} |`,
    `| h | audit the mixed corpus, 2 workers (pbm) vs 1 worker (baseline) | ${both(mixedAudits.pbm)} | ${both(mixedAudits.bare)} | ${ratio(mixedAudits.bare.ms, mixedAudits.pbm.ms)}× speed-up | ≥ 1.7× | ${ok(mixedAudits.bare.ms / mixedAudits.pbm.ms >= 1.7)} |`,
    `| g | the page (dist/web/pbm.html) in Chromium: one workbook, 1,000 indicator rows (${web.indicators.toLocaleString("en")} found), file input → table painted (the page's clock), median of ${web.runs} fresh pages | ${fmt(web.ms)} (checking ${fmt(web.checkMs)}, drawing ${fmt(web.renderMs)}; ${fmt(web.outsideMs)} seen through Playwright) | | | < 2 s | ${ok(web.ms < 2000)} |`,
    "",
  ];
  const memory = auditMemory();
  writeResults(lines, memory);
  process.stdout.write([...lines, ...memory].join("\n"));
  rmSync(work, { recursive: true, force: true });
}

await main();
