#!/usr/bin/env node
// Process wiring only: all logic lives in the CLI that `npm run build` makes (and `npm ci` / `npm pack` through
// `prepare`): dist/pbm/main.cjs, the bundle that starts fast (./load-cli.js), or else tsc's dist/cli/main.js.
import { loadCli } from "./load-cli.js";

const cli = loadCli();
let main = cli?.main;
if (!main) {
  try {
    ({ main } = await import("../dist/cli/main.js"));
  } catch (err) {
    if (err?.code !== "ERR_MODULE_NOT_FOUND" || !String(err.message).includes("dist")) throw err;
    process.stderr.write("pbm 尚未构建：请在 pbm 的目录中运行 npm run build (pbm is not built: run npm run build in its folder)\n");
    process.exit(2);
  }
}
process.exitCode = await main(process.argv.slice(2));
cli?.saveCache();
