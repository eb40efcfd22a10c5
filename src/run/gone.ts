import { rmdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { IncrementalOptions } from "./incremental.js";
import type { Listing } from "./listing.js";
import type { Logger } from "./logger.js";
import type { GoneOutput, Manifest } from "./manifest.js";

/** How many gone inputs get a line each; the rest are counted. */
const GONE_LINES = 10;

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
 * Report outputs of this invocation whose input no longer exists or now
 * fails, and remove them when `mayPrune()` says so (asked only when some
 * are gone; `pruneAsked` is whether the user gave --prune at all). Returns
 * how many were gone.
 */
export function reportGone(
  manifest: Manifest,
  options: IncrementalOptions,
  prune: { readonly asked: boolean; readonly allowed: () => boolean },
  logger: Logger,
): number {
  if (manifest.gone(options.scope, 0).count === 0) return 0;
  const removing = prune.asked && prune.allowed();
  const { count, first } = manifest.gone(options.scope, removing ? -1 : GONE_LINES);
  const lines = first.slice(0, GONE_LINES);
  // After a refused --prune, pointing at --prune would only confuse.
  const hint = prune.asked ? "" : " (--prune removes it)";
  for (const gone of lines) logger.warn(gone.input, goneLine(gone, removing, hint));
  const more = count - lines.length;
  // A count names no path: no "-:" label in front of it.
  if (more > 0)
    logger.info(
      `article-clean: warning: ${more} more ${more === 1 ? "input is" : "inputs are"} gone${removing ? "; outputs removed" : ""}`,
    );
  if (removing) for (const { output } of first) pruneOutput(manifest, options.outDir, output);
  manifest.flush();
  return count;
}

function goneLine(gone: GoneOutput, removing: boolean, hint: string): string {
  if (gone.bad)
    return removing
      ? `input now fails (see above); removed its old output ${gone.output}`
      : `input now fails (see above); its old output ${gone.output} is kept${hint}`;
  return removing
    ? `input is gone; removed its output ${gone.output}`
    : `input is gone; its output ${gone.output} is kept${hint}`;
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
