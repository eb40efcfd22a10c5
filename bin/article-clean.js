#!/usr/bin/env node
// The executable: loads the compiled CLI (built by `npm run build`, which
// `npm ci`/`npm install` run through the `prepare` script).
import { keepYoungGenerationSmall } from "../dist/run/young-generation.js";

keepYoungGenerationSmall();
const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv);
