import { InvalidArgumentError } from "commander";
import { DEFAULT_THRESHOLD } from "../dedupe/settings.js";
import type { DedupeOptions } from "../run/dedupe-stage.js";
import { UsageError } from "./usage.js";

export const DEDUPE_MODES = ["mark", "drop"] as const;

/**
 * `--dedupe` takes an optional value (`--dedupe=drop`). Commander would
 * read `article-clean --dedupe scrapes/` as the mode "scrapes/"; a bare
 * `--dedupe` is made `--dedupe=mark` before parsing, so the next argument
 * stays an input. (After `--`, everything is an input and is left alone.)
 */
export function bareDedupeFlag(argv: readonly string[]): string[] {
  const end = argv.indexOf("--");
  return argv.map((arg, i) => (arg === "--dedupe" && (end < 0 || i < end) ? "--dedupe=mark" : arg));
}

/** `--dedupe-threshold T`: an estimated Jaccard similarity, 0 < T <= 1. */
export function parseThreshold(text: string): number {
  const value = Number(text);
  if (!/^\s*(?:0|1)?(?:\.\d+)?\s*$/.test(text) || !(value > 0 && value <= 1))
    throw new InvalidArgumentError(
      `expected a similarity above 0 and at most 1, such as ${DEFAULT_THRESHOLD}`,
    );
  return value;
}

/** `--dedupe[=mark|drop]` and `--dedupe-threshold` as the run takes them; undefined when off. */
export function dedupeOptions(flags: {
  dedupe?: string;
  dedupeThreshold?: number;
  unordered?: boolean;
}): DedupeOptions | undefined {
  if (flags.dedupe === undefined) {
    if (flags.dedupeThreshold !== undefined)
      throw new UsageError("--dedupe-threshold needs --dedupe");
    return undefined;
  }
  if (!(DEDUPE_MODES as readonly string[]).includes(flags.dedupe))
    throw new UsageError(
      `--dedupe=${flags.dedupe}: expected --dedupe, --dedupe=mark or --dedupe=drop`,
    );
  // The first record of a group is the first in path order: --unordered has none.
  if (flags.unordered)
    throw new UsageError("--dedupe judges records in path order, which --unordered gives up");
  return {
    mode: flags.dedupe as DedupeOptions["mode"],
    threshold: flags.dedupeThreshold ?? DEFAULT_THRESHOLD,
  };
}
