// Runs the real CLI (dist/pbm/main.cjs, loaded as bin/pbm.js loads it) in this process with the machine probe answered as the
// benchmark asks, so a figure does not depend on what other processes happen to be doing:
//   BENCH_THREADS=1     one core: availableParallelism() = 1, so validate never starts workers;
//   BENCH_THREADS=idle  an idle machine: loadavg() = 0, so validate picks workers by its own rule.
// Anything else leaves the probe alone (the CLI as shipped). With BENCH_RSS=1 it prints the
// peak resident memory (KiB) to stderr at the end.
// Usage: node bench/cli.mjs <pbm arguments...>
import os from "node:os";
import { syncBuiltinESMExports } from "node:module";
import { loadCli } from "../bin/load-cli.js";

if (process.env.BENCH_THREADS === "1") os.availableParallelism = () => 1;
if (process.env.BENCH_THREADS === "idle") os.loadavg = () => [0, 0, 0];
syncBuiltinESMExports();

const { main } = loadCli();
const code = await main(process.argv.slice(2));
if (process.env.BENCH_RSS === "1") {
  process.stderr.write(`${JSON.stringify({ exitCode: code, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
}
process.exitCode = code;
