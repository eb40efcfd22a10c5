import { EXIT } from "./exit-codes.js";
import type { Listing } from "./listing.js";
import type { StopCause } from "./stop.js";
import type { RunSummary } from "./summary.js";

export interface ExitFacts {
  readonly stop: StopCause | undefined;
  readonly summary: RunSummary;
  readonly listing: Listing;
  /** Inputs come from the file system (not `--input-format ndjson`): finding none is news. */
  readonly filesExpected: boolean;
  readonly allowEmpty: boolean;
  readonly failOnEmpty: boolean;
}

/**
 * What the exit code says, most serious first: records that could not be
 * written, a signal, a reader that left (it has what it wanted), no input at
 * all (an unmounted share must not look like a quiet night), bad inputs,
 * then `--fail-on-empty`.
 */
export function exitCodeOf(facts: ExitFacts): number {
  const { stop, summary } = facts;
  if (stop?.kind === "io-error") return EXIT.ioError;
  if (stop?.kind === "signal") return stop.signal === "SIGINT" ? EXIT.sigint : EXIT.sigterm;
  if (stop?.kind === "broken-pipe") return EXIT.ok;
  if (foundNothing(facts)) return EXIT.noInput;
  if (summary.failed > 0) return EXIT.failures;
  if (facts.failOnEmpty && summary.written === 0) return EXIT.failures;
  return EXIT.ok;
}

/** No input file at all, where files were expected and `--allow-empty` was not given. */
export function foundNothing(facts: Omit<ExitFacts, "summary" | "stop">): boolean {
  return facts.filesExpected && !facts.allowEmpty && facts.listing.found === 0;
}
