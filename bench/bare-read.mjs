// The floor for this stack: read every file with SheetJS and turn every sheet into rows, nothing else.
// Usage: node bench/bare-read.mjs <file|dir>...
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as XLSX from "xlsx";

let cells = 0;
function read(file) {
  const bytes = readFileSync(file);
  const wb = /\.(csv|txt|tsv)$/i.test(file)
    ? XLSX.read(new TextDecoder("utf-8").decode(bytes), { type: "string", raw: true, dense: true })
    : XLSX.read(bytes, { dense: true });
  for (const name of wb.SheetNames) {
    for (const row of XLSX.utils.sheet_to_json(wb.Sheets[name], { header: 1 })) cells += row.length;
  }
}
for (const arg of process.argv.slice(2)) {
  if (statSync(arg).isDirectory()) for (const f of readdirSync(arg).sort()) read(path.join(arg, f));
  else read(arg);
}
process.stdout.write(JSON.stringify({ cells }) + "\n");
