// Runtime dependencies must carry no known vulnerability (issue 6 §6).
// Runs `npm audit --omit=dev`; where the registry offers no advisory endpoint (this workplace's
// mirror answers 405), it says so and falls back to what can be checked offline: the lockfile pins
// SheetJS to the CDN release 0.20.3 (@e965/xlsx), never npm's xlsx@0.18.5 with its two CVEs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let out;
try {
  out = execFileSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
} catch (e) {
  out = e.stdout ?? "";
}
let report;
try {
  report = JSON.parse(out);
} catch {
  report = { message: "npm audit printed no JSON" };
}
const vulns = report.metadata?.vulnerabilities;
if (vulns) {
  const total = Object.values(vulns).reduce((a, b) => a + b, 0);
  console.log(`npm audit --omit=dev: ${total} known vulnerabilities in runtime dependencies`);
  if (total > 0) {
    execFileSync("npm", ["audit", "--omit=dev"], { stdio: "inherit" });
    process.exit(1);
  }
} else {
  console.log(`npm audit unavailable here (${report.message ?? "no answer"}); offline check of the lockfile instead`);
}
const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const xlsx = lock.packages?.["node_modules/xlsx"];
if (!xlsx || xlsx.version !== "0.20.3" || xlsx.name !== "@e965/xlsx") {
  console.error(`SheetJS must be @e965/xlsx@0.20.3; the lockfile has ${JSON.stringify(xlsx)}`);
  process.exit(1);
}
const bad = Object.entries(lock.packages ?? {}).filter(([name, p]) => name.endsWith("node_modules/xlsx") && p.version === "0.18.5");
if (bad.length) {
  console.error(`xlsx@0.18.5 (CVE-2023-30533, CVE-2024-22363) is in the lockfile: ${bad.map(([n]) => n).join(", ")}`);
  process.exit(1);
}
console.log("lockfile: SheetJS is @e965/xlsx@0.20.3; no xlsx@0.18.5");
