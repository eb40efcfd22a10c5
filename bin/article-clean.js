#!/usr/bin/env node
// The executable: loads the bundled CLI (built by `npm run build`, which
// `npm ci`/`npm install` run through the `prepare` script; see
// scripts/bundle-cli.js).
import { keepHeapSmall } from "../dist/cli-bundle/heap-settings.js";

keepHeapSmall();
const { main } = await import("../dist/cli-bundle/main.js");
process.exitCode = await main(process.argv);
