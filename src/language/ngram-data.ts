import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildTable, type EldData, type NgramTable, parseTable } from "./ngram-table.js";

/** Where `npm run build` puts the table: next to the compiled module. */
export const TABLE_FILE = fileURLToPath(new URL("./eld-small.table", import.meta.url));

/**
 * eld's own files (its n-grams, separator pattern and byte dictionary). The
 * package exports only its detectors, so the files are found by path under
 * whichever node_modules holds eld.
 */
export function eldSourceDir(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths("eld") ?? []) {
    const candidate = path.join(dir, "eld", "src");
    if (existsSync(path.join(candidate, "ngrams", "small.js"))) return candidate;
  }
  throw new Error("cannot find the eld package (npm ci installs it)");
}

export function eldVersion(): string {
  const pkg = path.join(eldSourceDir(), "..", "package.json");
  return (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version;
}

/**
 * Build the table from eld's files (what the build script saves). Loaded
 * with require() (Node 20.19 loads ES modules that way), not import(): a
 * top-level await here would make piscina's require() of the worker fail
 * after loading the whole module graph, and load it a second time.
 */
export function tableFromEld(): NgramTable {
  const dir = eldSourceDir();
  const require = createRequire(import.meta.url);
  const load = (file: string) => require(path.join(dir, file));
  const { ngramsData } = load("ngrams/small.js") as { ngramsData: EldData };
  const { separators } = load("regexPatterns.js") as { separators: RegExp };
  const { dictionary } = load("dictionary.js") as { dictionary: string[] };
  return buildTable(ngramsData, separators.source, dictionary);
}

function tableOfThisBuild(): NgramTable | undefined {
  try {
    return parseTable(readFileSync(TABLE_FILE));
  } catch {
    return undefined; // none (tests run from src/), or not readable: eld's data will do
  }
}

/** The table of this build, or, when there is none, one built from eld's data. */
export const NGRAM_TABLE: NgramTable = tableOfThisBuild() ?? tableFromEld();
