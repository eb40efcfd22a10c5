import { pMapIterable } from "p-map";
import type { Discovered, DiscoveryProblem } from "../io/discover.js";
import { batchesOf, type Unit } from "./batches.js";
import type { Executor } from "./executor.js";
import type { Outcome } from "./outcome.js";

export type RunEvent =
  | { kind: "outcome"; outcome: Outcome }
  | { kind: "problem"; problem: DiscoveryProblem };

export interface StreamOptions {
  /** Keep input order (default) or emit outcomes as they complete. */
  readonly ordered: boolean;
  /** Largest batch sent to a worker. */
  readonly maxBatch: number;
  /** Batches in flight at once; bounds memory whatever the corpus size. */
  readonly maxInFlight: number;
}

/**
 * Push discovered inputs through the executor in batches and yield what
 * happened, in input order by default. p-map's `pMapIterable` keeps at most
 * `maxInFlight` batches pending (its concurrency and back-pressure), so
 * memory stays flat on a million files and discovery runs ahead only that
 * far. To stop, end `discovered` (see `takeUntil`) and set the stop flag:
 * the executor drops the queued batches, and what was in flight drains out.
 */
export async function* processStream(
  discovered: AsyncIterable<Discovered>,
  executor: Executor,
  options: StreamOptions,
): AsyncGenerator<RunEvent> {
  let cleaning = 0;
  const units = batchesOf(discovered, { maxBatch: options.maxBatch, idle: () => cleaning === 0 });
  const run = async (unit: Unit): Promise<RunEvent[]> => {
    if (unit.kind === "problem") return [unit];
    cleaning++;
    try {
      const outcomes = await executor.runBatch(unit.items);
      return outcomes.map((outcome) => ({ kind: "outcome", outcome }));
    } catch (error) {
      // The pool itself failed (a worker crashed): every input of the batch fails, the run goes on.
      const reason = `internal error: ${(error as Error)?.message ?? error}`;
      return unit.items.map((item) => ({
        kind: "outcome",
        outcome: { status: "failed", path: item.path, reason },
      }));
    } finally {
      cleaning--;
    }
  };
  const done = pMapIterable(units, run, {
    concurrency: options.maxInFlight,
    backpressure: options.maxInFlight,
    preserveOrder: options.ordered,
  });
  for await (const events of done) yield* events;
}
