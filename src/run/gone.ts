import { rmdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Logger } from "../cli/log.js";
import type { IncrementalOptions } from "./incremental.js";
import type { Manifest } from "./manifest.js";

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
