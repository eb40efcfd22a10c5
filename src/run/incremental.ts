import { statSync } from "node:fs";
import path from "node:path";
import type { Discovered } from "../io/discover.js";
import { fsPathOf } from "../io/file-name.js";
import { outputKeyFor } from "../io/out-dir.js";
import type { InputStat } from "../io/read-input.js";
import type { Manifest } from "./manifest.js";
import type { Outcome } from "./outcome.js";
import { FolderView } from "./output-folder.js";

/** How a run with `--out-dir` decides what is already done. */
export interface IncrementalOptions {
  readonly outDir: string;
  /** `cleaningFingerprint`: version, code, options, profile. */
  readonly fingerprint: string;
  /** `inputScope`: which invocation this is, for finding gone inputs. */
  readonly scope: string;
  /** Re-clean every input whatever the manifest says. @default false */
  readonly force: boolean;
  /** `--dedupe`: the folder's signatures; a copy dropped by `--dedupe=drop` needs no file. */
  readonly dedupe?: { isDropped(output: string): boolean };
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
 * The fast path reads nothing and costs one `stat` of the input (plus one
 * listing and one manifest scan per output folder): same input path, same
 * fingerprint, output file present, same size and mtime.
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
  // Rows store the fingerprint's id: undefined here means no row can be current.
  const fingerprint = manifest.tokenId(options.fingerprint);
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
    const row = options.force || item.text !== undefined ? undefined : folders.row(output);
    if (
      !row ||
      !sameInput(row.input, item.path) ||
      row.fingerprint !== fingerprint ||
      !(folders.hasFile(output) || options.dedupe?.isDropped(output))
    ) {
      yield found;
      continue;
    }
    const now = statSync(fsPathOf(item.path), { throwIfNoEntry: false });
    if (now && now.size === row.size && now.mtimeMs === row.mtime) {
      onUnchanged();
      continue;
    }
    yield { kind: "input", item: { ...item, knownId: manifest.hashOf(output) } };
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

/**
 * The same input file, however the run spelled it: `dev/x.txt` last night,
 * `/srv/dev/x.txt` tonight (resolved against the working directory, so a run
 * from elsewhere with relative paths re-cleans rather than trusts).
 */
function sameInput(recorded: string, now: string): boolean {
  return recorded === now || path.resolve(recorded) === path.resolve(now);
}

function trustedMtime(stat: InputStat): number | null {
  return stat.readAt - stat.mtimeMs >= RACY_MS ? stat.mtimeMs : null;
}
