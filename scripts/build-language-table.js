// Part of `npm run build`: writes eld's small n-gram database as a flat table
// (dist/language/eld-small.table) so that no thread has to load eld's 1.6 MB
// object literal (~450 ms, ~150 MB each). See src/language/ngram-table.ts.
import { rmSync, writeFileSync } from "node:fs";

const table = new URL("../dist/language/eld-small.table", import.meta.url);
rmSync(table, { force: true }); // build from eld, not from a previous table
const { eldVersion, tableFromEld } = await import("../dist/language/ngram-data.js");
const { serialiseTable } = await import("../dist/language/ngram-table.js");
writeFileSync(table, serialiseTable(tableFromEld(), eldVersion()));
