#!/usr/bin/env node
// Process wiring only: all logic lives in dist/cli/main.js.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
