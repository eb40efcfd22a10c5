import { type IncrementalOptions, recordOutcome } from "./incremental.js";
import type { Logger } from "./logger.js";
import type { Manifest } from "./manifest.js";
import type { RunObserver } from "./observer.js";
import type { Outcome } from "./outcome.js";
import { BrokenPipe, OutputWriteError, type RecordSink } from "./sinks.js";
import type { StopRequest } from "./stop.js";
import type { RunEvent } from "./stream.js";
import type { RunSummary } from "./summary.js";
import { describeWriteError } from "./write-error.js";

/** Where the events of a run go: the summary, stderr, the sink, the manifest. */
export interface EventTargets {
  readonly summary: RunSummary;
  readonly observer: RunObserver;
  readonly logger: Logger;
  readonly sink: RecordSink;
  readonly stop: StopRequest;
  /** With `--out-dir`: what the manifest must learn, and the folder's name for messages. */
  readonly incremental?: { readonly manifest: Manifest; readonly options: IncrementalOptions };
}

/**
 * Take each event of the stream to its targets, in order: count it, print
 * its line, write its record, and (only once its output file is in place)
 * tell the manifest. A record that cannot be written stops the run; the
 * events already in flight are still counted and recorded.
 */
export async function recordEvents(
  events: AsyncIterable<RunEvent>,
  targets: EventTargets,
): Promise<void> {
  const { summary, observer, logger, stop } = targets;
  for await (const event of events) {
    if (event.kind === "problem") {
      const { problem } = event;
      if (problem.severity === "error") {
        summary.fail(problem.reason);
        observer.progress?.(summary);
        logger.error(problem.path, problem.reason);
      } else {
        summary.warnings++;
        logger.warn(problem.path, problem.reason);
      }
      continue;
    }
    const { outcome } = event;
    if (outcome.status === "failed" && outcome.writeError !== undefined) {
      // The disk, not the input: one line for the run, not one per input.
      const outDir = targets.incremental?.options.outDir ?? "-";
      stop.request({ kind: "io-error", target: outDir, reason: outcome.reason });
      continue;
    }
    summary.add(outcome);
    observer.progress?.(summary);
    if (outcome.status === "failed") {
      logger.error(outcome.path, outcome.reason);
      if (targets.incremental && outcome.output !== undefined)
        remember(targets, () => targets.incremental?.manifest.markBad(outcome.output as string));
      continue;
    }
    if (targets.incremental) {
      const { manifest, options } = targets.incremental;
      remember(targets, () => recordOutcome(manifest, outcome, options));
    }
    if (outcome.status === "unchanged") continue;
    for (const warning of outcome.warnings) logger.warn(outcome.path, warning);
    // A copy under --dedupe=drop is counted, never written.
    if (!outcome.dropped) await writeRecord(targets, outcome);
  }
}

async function writeRecord(
  { sink, stop }: EventTargets,
  outcome: Extract<Outcome, { status: "ok" }>,
): Promise<void> {
  // After a closed pipe or a failed write, nothing more can go out.
  if (stop.cause?.kind === "broken-pipe" || stop.cause?.kind === "io-error") return;
  try {
    await sink.write(outcome.json);
  } catch (error) {
    stopOnSinkError(error, stop);
  }
}

/** A closed pipe or a failed write becomes the run's stop cause; anything else is a bug. */
export function stopOnSinkError(error: unknown, stop: StopRequest): void {
  if (error instanceof BrokenPipe) stop.request({ kind: "broken-pipe" });
  else if (error instanceof OutputWriteError)
    stop.request({ kind: "io-error", target: error.target, reason: error.reason });
  else throw error;
}

/**
 * A manifest write. SQLite on a full disk says "database or disk is full":
 * that is the out dir's disk, so it stops the run like a failed output
 * file, and the manifest is not touched again.
 */
function remember({ incremental, stop }: EventTargets, write: () => void): void {
  if (!incremental || stop.cause?.kind === "io-error") return;
  try {
    write();
  } catch (error) {
    stop.request({
      kind: "io-error",
      target: incremental.options.outDir,
      reason: describeWriteError(error),
    });
  }
}
