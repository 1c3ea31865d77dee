#!/usr/bin/env node
// Process wiring only: all logic lives in dist/cli/main.js (built by `npm run build`, and by `npm ci` / `npm pack` through `prepare`).
let main;
try {
  ({ main } = await import("../dist/cli/main.js"));
} catch (err) {
  if (err?.code !== "ERR_MODULE_NOT_FOUND" || !String(err.message).includes("dist")) throw err;
  process.stderr.write("pbm 尚未构建：请在 pbm 的目录中运行 npm run build (pbm is not built: run npm run build in its folder)\n");
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
