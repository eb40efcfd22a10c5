import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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

/** Build the table from eld's files (what the build script saves). */
export async function tableFromEld(): Promise<NgramTable> {
  const dir = eldSourceDir();
  const load = (file: string) => import(pathToFileURL(path.join(dir, file)).href);
  const [{ ngramsData }, { separators }, { dictionary }] = await Promise.all([
    load("ngrams/small.js"),
    load("regexPatterns.js"),
    load("dictionary.js"),
  ]);
  return buildTable(ngramsData as EldData, (separators as RegExp).source, dictionary as string[]);
}

function tableOfThisBuild(): NgramTable | undefined {
  try {
    return parseTable(readFileSync(TABLE_FILE));
  } catch {
    return undefined; // none (tests run from src/), or not readable: eld's data will do
  }
}

/** The table of this build, or, when there is none, one built from eld's data. */
export const NGRAM_TABLE: NgramTable = tableOfThisBuild() ?? (await tableFromEld());
