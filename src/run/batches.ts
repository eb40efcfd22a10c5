import type { Discovered, DiscoveryProblem, InputItem } from "../io/discover.js";

/** What the stream maps: a batch of inputs, or a discovery problem that keeps its place. */
export type Unit =
  | { readonly kind: "batch"; readonly items: readonly InputItem[] }
  | { readonly kind: "problem"; readonly problem: DiscoveryProblem };

export interface BatchOptions {
  /** Largest batch. Batches start at 1 and double, so the first record is out at once. */
  readonly maxBatch: number;
  /** True while no batch is being cleaned: then a partial batch is not held back. */
  readonly idle: () => boolean;
}

/**
 * Group discovered inputs into batches, so the per-message cost of a worker
 * is paid once per batch, not once per small file. A problem (a missing
 * file) flushes the batch before it, so the events come out in input order.
 * When nothing is being cleaned and the next input is slow to come (paths
 * trickling in on stdin), the inputs held so far go out at once instead of
 * waiting for a whole batch.
 */
export async function* batchesOf(
  discovered: AsyncIterable<Discovered>,
  options: BatchOptions,
): AsyncGenerator<Unit> {
  let batch: InputItem[] = [];
  let limit = 1;
  const take = (): Unit => {
    const unit: Unit = { kind: "batch", items: batch };
    batch = [];
    limit = Math.min(options.maxBatch, limit * 2);
    return unit;
  };
  const inputs = discovered[Symbol.asyncIterator]();
  try {
    for (;;) {
      const upcoming = inputs.next();
      let step: IteratorResult<Discovered> | undefined;
      if (batch.length > 0 && options.idle()) {
        // Only while idle: racing a macrotask on every input would cap the
        // walk at one input per turn of the event loop.
        step = await Promise.race([upcoming, nextMacrotask()]);
        if (step === undefined) {
          yield take();
          step = await upcoming;
        }
      } else step = await upcoming;
      if (step.done) break;
      const found = step.value;
      if (found.kind === "problem") {
        if (batch.length > 0) yield take();
        yield found;
        continue;
      }
      batch.push(found.item);
      if (batch.length >= limit) yield take();
    }
  } finally {
    await inputs.return?.();
  }
  if (batch.length > 0) yield take();
}

/** Settles with undefined after the pending I/O callbacks have run. */
function nextMacrotask(): Promise<undefined> {
  return new Promise((resolve) => setImmediate(() => resolve(undefined)));
}
