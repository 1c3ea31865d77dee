/**
 * pbm benchmark (issue 7). Measures, on the same generated files in one run:
 *  (a) `pbm validate` over N workbooks vs a bare SheetJS read of the same files;
 *  (b) `pbm audit` with 1 vs 2 workers;
 *  (c) cold start of the real binary on one small workbook vs a bare node + SheetJS read (median);
 *  (d) one workbook with 25k / 50k / 100k indicator rows: time and peak RSS;
 *  (e) CSV and text exports of the same tables, like (a), and their time per indicator vs xlsx.
 * Writes bench/RESULTS.md (or --out FILE). `--smoke` runs tiny sizes (CI); it checks that
 * everything runs, not how fast.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "xlsx";
import { makeBigWorkbook, makeWorkbook, rng, seedTables } from "./generate.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const outArg = args.indexOf("--out");
const resultsFile = outArg >= 0 ? path.resolve(args[outArg + 1]) : path.join(root, "bench", "RESULTS.md");
const work = path.join(os.tmpdir(), `pbm-bench-${process.pid}`);
const sizes = smoke
  ? { files: 6, runs: 1, cold: 3, big: [500, 1000] }
  : { files: 200, runs: 3, cold: 11, big: [25_000, 50_000, 100_000] };

const pbm = path.join(root, "bin", "pbm.js");
const bare = path.join(root, "bench", "bare-read.mjs");
const rss = path.join(root, "bench", "rss.mjs");

function run(cmd: string, argv: string[]): { ms: number; stdout: string; stderr: string; status: number | null } {
  const t0 = performance.now();
  const p = spawnSync(cmd, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } });
  const ms = performance.now() - t0;
  if (p.status !== 0 && p.status !== 1) {
    throw new Error(`${cmd} ${argv.join(" ")} exited ${p.status}: ${p.stderr.slice(0, 2000)}`);
  }
  return { ms, stdout: p.stdout, stderr: p.stderr, status: p.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function best(times: number): (f: () => number) => number {
  return (f) => median(Array.from({ length: times }, f));
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

function indicatorsOf(jsonFile: string): number {
  const report = JSON.parse(readFileSync(jsonFile, "utf8")) as { summary: { indicators: number } };
  return report.summary.indicators;
}

function main(): void {
  rmSync(work, { recursive: true, force: true });
  const dirs = { xlsx: path.join(work, "xlsx"), csv: path.join(work, "csv"), txt: path.join(work, "txt") };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const templates = seedTables();
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
  const report = path.join(work, "report.json");
  const times = best(sizes.runs);

  // (a) and (e): same files, pbm vs the bare read.
  const perFormat: Record<string, { pbm: number; bare: number; indicators: number }> = {};
  for (const [fmtName, dir] of Object.entries(dirs)) {
    const pbmMs = times(() => run("node", [pbm, "validate", dir, "-f", "json", "-o", report]).ms);
    const bareMs = times(() => run("node", [bare, dir]).ms);
    perFormat[fmtName] = { pbm: pbmMs, bare: bareMs, indicators: indicatorsOf(report) };
  }

  // (b) audit with 1 and 2 workers.
  const audit1 = times(() => run("node", [pbm, "audit", dirs.xlsx, "--jobs", "1", "--quiet", "--report", report]).ms);
  const audit2 = times(() => run("node", [pbm, "audit", dirs.xlsx, "--jobs", "2", "--quiet", "--report", report]).ms);

  // (c) cold start on one small workbook.
  const small = path.join(work, "small.xlsx");
  writeFileSync(small, makeWorkbook(rng(5), { tables: 1, tablesPerSheet: 1 }, templates));
  const coldPbm = best(sizes.cold)(() => run("node", [pbm, "validate", small, "-f", "json"]).ms);
  const coldBare = best(sizes.cold)(() => run("node", [bare, small]).ms);

  // (d) scaling: one workbook with many indicator rows.
  const big: { rows: number; ms: number; rssMiB: number }[] = [];
  for (const n of sizes.big) {
    const file = path.join(work, `big-${n}.xlsx`);
    writeFileSync(file, makeBigWorkbook(n));
    const p = run("node", [rss, "validate", file, "-f", "json", "-o", report]);
    const line = p.stderr.trim().split("\n").pop() ?? "{}";
    const { maxRssKiB } = JSON.parse(line) as { maxRssKiB: number };
    big.push({ rows: n, ms: p.ms, rssMiB: maxRssKiB / 1024 });
  }

  const cpu = os.cpus()[0]?.model ?? "unknown cpu";
  const x = perFormat.xlsx;
  const perInd = (f: { pbm: number; indicators: number }) => (f.pbm / Math.max(f.indicators, 1)) * 1000;
  const lastBig = big[big.length - 1];
  const firstBig = big[0];
  const linearity = lastBig.ms / lastBig.rows / (firstBig.ms / firstBig.rows);
  const ok = (b: boolean) => (b ? "met" : "**missed**");
  const lines = [
    `# pbm benchmark results${smoke ? " (smoke run: sizes too small to judge)" : ""}`,
    "",
    `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    `Run: \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${sizes.files} generated workbooks (seed tables as templates, 1–30 tables each, merged cells, percent and date cells); medians of ${sizes.runs} run(s).`,
    "",
    "| # | measure | pbm | baseline | ratio | target | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    `| a | validate ${sizes.files} xlsx (${x.indicators} indicators) vs bare SheetJS read | ${fmt(x.pbm)} | ${fmt(x.bare)} | ${ratio(x.pbm, x.bare)}× | ≤ 1.3× | ${ok(x.pbm / x.bare <= 1.3)} |`,
    `| b | audit, 1 worker vs 2 workers | ${fmt(audit2)} (2) | ${fmt(audit1)} (1) | ${ratio(audit1, audit2)}× speed-up | ≥ 1.7× | ${ok(audit1 / audit2 >= 1.7)} |`,
    `| c | cold start, one small workbook (median of ${sizes.cold}) vs node + SheetJS read | ${fmt(coldPbm)} | ${fmt(coldBare)} | ${ratio(coldPbm, coldBare)}× | ≤ 2× | ${ok(coldPbm / coldBare <= 2)} |`,
    ...big.map(
      (b) =>
        `| d | one workbook, ${b.rows.toLocaleString("en")} indicator rows | ${fmt(b.ms)}, ${b.rssMiB.toFixed(0)} MiB peak RSS | | | ≤ 15 s, ≤ 1 GiB | ${ok(b.ms <= 15_000 && b.rssMiB <= 1024)} |`,
    ),
    `| d | growth: time per row at ${lastBig.rows.toLocaleString("en")} vs ${firstBig.rows.toLocaleString("en")} rows | | | ${linearity.toFixed(2)}× | ≈ 1 (linear) | ${ok(linearity <= 1.3)} |`,
    ...(["csv", "txt"] as const).map((k) => {
      const f = perFormat[k];
      return `| e | validate ${sizes.files} ${k} (${f.indicators} indicators) vs bare SheetJS read | ${fmt(f.pbm)} | ${fmt(f.bare)} | ${ratio(f.pbm, f.bare)}× | per indicator ≤ xlsx: ${perInd(f).toFixed(1)} µs vs ${perInd(x).toFixed(1)} µs | ${ok(perInd(f) <= perInd(x))} |`;
    }),
    "",
  ];
  const tmp = `${resultsFile}.tmp-${process.pid}`;
  writeFileSync(tmp, lines.join("\n"));
  renameSync(tmp, resultsFile);
  process.stdout.write(lines.join("\n"));
  rmSync(work, { recursive: true, force: true });
}

main();
