import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { safeRelativePath } from "./discover.js";

let counter = 0;
/** Directories this thread has already created: mkdir once, not once per file. */
const madeDirs = new Set<string>();

/**
 * An input's output file relative to the output dir: `<relPath>.json`. It is
 * also the input's key in the incremental-run manifest. `relPath` is
 * spelled (`file-name.ts`: `%` is `%25`, bytes that are not UTF-8 `%XX`), and
 * a `\` becomes `%5C` here: it is a character of a Linux name, not a
 * folder, and a file system or a tool on Windows would make it one. So the
 * name stays reversible: percent-decoding it gives the input's relative path.
 */
export function outputKeyFor(relPath: string): string {
  return `${safeRelativePath(relPath).replace(/\\/g, "%5C")}.json`;
}

/** Where an input's record goes under the output dir: `<relPath>.json`, never outside it. */
export function outputPathFor(outDir: string, relPath: string): string {
  const full = path.resolve(outDir, outputKeyFor(relPath));
  const root = path.resolve(outDir);
  if (full !== root && !full.startsWith(root + path.sep))
    throw new Error(`output path escapes the output dir: ${relPath}`);
  return full;
}

/**
 * Write one record file atomically: to a temp file in `tempDir` (on the same
 * file system) and rename it into place. A reader, or a run killed at any
 * moment, sees the old file or the new one, never half of one.
 * Returns the path written, relative to `outDir`.
 */
export function writeOutputFile(
  outDir: string,
  tempDir: string,
  relPath: string,
  content: string,
): string {
  const target = outputPathFor(outDir, relPath);
  const dir = path.dirname(target);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const temp = path.join(tempDir, `${process.pid}-${threadId}-${counter++}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    // A full disk leaves an empty or cut temp file: never let them pile up.
    rmSync(temp, { force: true });
    throw error;
  }
  return path.relative(outDir, target);
}
