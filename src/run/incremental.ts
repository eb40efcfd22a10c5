import { readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../cli/log.js";
import type { Discovered } from "../io/discover.js";
import { outputKeyFor } from "../io/out-dir.js";
import type { InputStat } from "../io/read-input.js";
import type { Manifest, ManifestEntry } from "./manifest.js";
import type { Outcome } from "./outcome.js";

/** How a run with `--out-dir` decides what is already done. */
export interface IncrementalOptions {
  readonly outDir: string;
  /** `cleaningFingerprint`: version, code, options, profile. */
  readonly fingerprint: string;
  /** `inputScope`: which invocation this is, for finding gone inputs. */
  readonly scope: string;
  /** Re-clean every input whatever the manifest says. @default false */
  readonly force: boolean;
}

/**
 * An mtime this close to the moment the file was read is not trusted: a
 * write in the same timestamp tick, after the read, would leave it equal.
 * Such inputs are checked by hash on the next run instead (git's "racily
 * clean" entries). Two seconds covers the coarsest common clock (FAT).
 */
const RACY_MS = 2000;

/**
 * Drop the inputs whose output is up to date, before any worker sees them.
 * The fast path costs two `stat`s and one lookup and reads nothing: same
 * input path, same fingerprint, output file present, same size and mtime.
 * When only the stat differs, the input goes on with the hash its output
 * was made from, and the worker keeps the output if the bytes still match.
 * Every input is marked seen, which also catches two inputs that would
 * write the same output file (`a\nb.txt` and `a_b.txt`).
 */
export async function* skipUnchanged(
  inputs: AsyncIterable<Discovered>,
  manifest: Manifest,
  options: IncrementalOptions,
  onUnchanged: () => void,
): AsyncGenerator<Discovered> {
  const folders = new FolderView(options.outDir, manifest);
  for await (const found of inputs) {
    if (found.kind !== "input") {
      yield found;
      continue;
    }
    const { item } = found;
    const output = outputKeyFor(item.relPath);
    const other = manifest.see(output, item.path);
    if (other !== undefined) {
      const reason = `writes the same output file (${output}) as ${other}, skipped`;
      yield { kind: "problem", problem: { path: item.path, reason, severity: "error" } };
      continue;
    }
    const entry = options.force || item.text !== undefined ? undefined : folders.entry(output);
    if (
      !entry ||
      entry.input !== item.path ||
      entry.fingerprint !== options.fingerprint ||
      !folders.hasFile(output)
    ) {
      yield found;
      continue;
    }
    const now = statSync(item.path, { throwIfNoEntry: false });
    if (now && now.size === entry.size && now.mtimeMs === entry.mtimeMs) {
      onUnchanged();
      continue;
    }
    yield { kind: "input", item: { ...item, knownId: entry.hash } };
  }
}

/** Folders with more entries than this are looked up file by file. */
const FOLDER_PREFETCH_LIMIT = 20_000;

/**
 * One output folder at a time, as the depth-first walk reaches it: which
 * output files exist (a `readdir` per folder instead of a `stat` per file)
 * and what the manifest holds for them (a range scan instead of a lookup
 * per file). Together they halve the cost of a re-run.
 */
class FolderView {
  private folder: string | undefined;
  private names = new Set<string>();
  private entries: Map<string, ManifestEntry> | undefined;

  constructor(
    private readonly outDir: string,
    private readonly manifest: Manifest,
  ) {}

  entry(output: string): ManifestEntry | undefined {
    this.enter(output);
    return this.entries ? this.entries.get(output) : this.manifest.lookup(output);
  }

  hasFile(output: string): boolean {
    this.enter(output);
    return this.names.has(output.slice(output.lastIndexOf("/") + 1));
  }

  private enter(output: string): void {
    const folder = output.slice(0, Math.max(0, output.lastIndexOf("/")));
    if (folder === this.folder) return;
    this.folder = folder;
    try {
      this.names = new Set(readdirSync(path.join(this.outDir, folder)));
    } catch {
      this.names = new Set(); // no folder yet: no outputs in it
    }
    this.entries = this.manifest.folderEntries(folder, FOLDER_PREFETCH_LIMIT);
  }
}

/** Record what a worker wrote (or kept): only file inputs can be checked later. */
export function recordOutcome(manifest: Manifest, outcome: Outcome, options: IncrementalOptions) {
  if (outcome.status === "failed") return;
  const { stat, id, written } = outcome;
  if (!stat || !id || !written) return;
  manifest.record({
    output: written,
    input: outcome.path,
    size: stat.size,
    mtimeMs: trustedMtime(stat),
    hash: id,
    fingerprint: options.fingerprint,
    scope: options.scope,
  });
}

function trustedMtime(stat: InputStat): number | null {
  return stat.readAt - stat.mtimeMs >= RACY_MS ? stat.mtimeMs : null;
}

/** How many gone inputs get a line each; the rest are counted. */
const GONE_LINES = 10;

/** What discovery found: inputs, and errors (a missing root, an unreadable dir). */
export interface Listing {
  inputs: number;
  errors: number;
}

/**
 * `--prune` deletes outputs, so it trusts only a walk that saw everything:
 * an unreadable directory or a missing (unmounted?) input root would
 * otherwise make every output look orphaned.
 */
export function safeToPrune(listing: Listing, logger: Logger): boolean {
  if (listing.errors === 0 && listing.inputs > 0) return true;
  logger.warn(
    "-",
    listing.inputs === 0
      ? "no inputs found: not pruning (is the input folder there?)"
      : "some inputs could not be listed: not pruning",
  );
  return false;
}

/**
 * Report outputs of this invocation whose input no longer exists, and
 * remove them when `mayPrune()` says so (asked only when some are gone).
 * Returns how many were gone.
 */
export function reportGone(
  manifest: Manifest,
  options: IncrementalOptions,
  mayPrune: () => boolean,
  logger: Logger,
): number {
  if (manifest.gone(options.scope, 0).count === 0) return 0;
  const prune = mayPrune();
  const { count, first } = manifest.gone(options.scope, prune ? -1 : GONE_LINES);
  const lines = first.slice(0, GONE_LINES);
  for (const { input, output } of lines) {
    if (prune) logger.warn(input, `input is gone; removed its output ${output}`);
    else logger.warn(input, `input is gone; its output ${output} is kept (--prune removes it)`);
  }
  if (count > lines.length)
    logger.warn(
      "-",
      `${count - lines.length} more inputs are gone${prune ? "; outputs removed" : ""}`,
    );
  if (prune) for (const { output } of first) pruneOutput(manifest, options.outDir, output);
  manifest.flush();
  return count;
}

function pruneOutput(manifest: Manifest, outDir: string, output: string): void {
  rmSync(path.join(outDir, output), { force: true });
  manifest.forget(output);
  // Remove the directories this leaves empty, up to the out dir itself.
  let dir = path.dirname(path.join(outDir, output));
  const root = path.resolve(outDir);
  while (path.resolve(dir) !== root) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty (or already gone): stop climbing
    }
    dir = path.dirname(dir);
  }
}
