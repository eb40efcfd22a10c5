#!/usr/bin/env node
// The executable: loads the compiled CLI (built by `npm run build`, which
// `npm ci`/`npm install` run through the `prepare` script).
import { keepHeapSmall } from "../dist/run/heap-settings.js";

keepHeapSmall();
const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv);
