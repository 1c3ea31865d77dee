// Runs the real CLI in this process and prints its peak resident memory (KiB) to stderr.
// Usage: node bench/rss.mjs <pbm arguments...>
import { loadCli } from "../bin/load-cli.js";

const { main } = loadCli();
const code = await main(process.argv.slice(2));
process.stderr.write(`${JSON.stringify({ exitCode: code, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
