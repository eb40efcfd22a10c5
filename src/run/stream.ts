import type { Discovered, DiscoveryProblem, InputItem } from "../io/discover.js";
import type { Executor } from "./executor.js";
import type { Outcome } from "./outcome.js";

export type RunEvent =
  | { kind: "outcome"; outcome: Outcome }
  | { kind: "problem"; problem: DiscoveryProblem };

export interface StreamOptions {
  /** Keep input order (default) or emit outcomes as they complete. */
  readonly ordered: boolean;
  /** Largest batch sent to a worker. Batches start at 1 and double, so the first record is out at once. */
  readonly maxBatch: number;
  /** Batches in flight at once; bounds memory whatever the corpus size. */
  readonly maxInFlight: number;
  /** Checked between batches: true once the run must stop taking new inputs (signal, closed pipe). */
  readonly stopped: () => boolean;
}

type Pending = { done: boolean; events: RunEvent[] };

/**
 * Push discovered inputs through the executor in batches and yield what
 * happened, in input order by default. At most `maxInFlight` batches are
 * pending, so memory stays flat on a million files, and discovery runs
 * ahead only that far.
 */
export async function* processStream(
  discovered: AsyncIterable<Discovered>,
  executor: Executor,
  options: StreamOptions,
): AsyncGenerator<RunEvent> {
  const queue: Pending[] = [];
  let batch: InputItem[] = [];
  let batchLimit = 1;
  // One promise that settles when any batch finishes, then is replaced.
  // Waiting on it adds one reaction; racing every pending batch's promise
  // instead left a reaction on each of them per input, which the slowest
  // batches kept alive (~4 promises per input with --unordered).
  let finished = signal();
  const batchFinished = () => {
    const current = finished;
    finished = signal();
    current.fire();
  };

  const submit = () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    batchLimit = Math.min(options.maxBatch, batchLimit * 2);
    const pending: Pending = { done: false, events: [] };
    executor.runBatch(items).then(
      (outcomes) => {
        pending.events = outcomes.map((outcome) => ({ kind: "outcome", outcome }));
        pending.done = true;
        batchFinished();
      },
      (error: unknown) => {
        // The pool itself failed (a worker crashed): every input of the batch fails, the run goes on.
        const reason = `internal error: ${(error as Error)?.message ?? error}`;
        pending.events = items.map((item) => ({
          kind: "outcome",
          outcome: { status: "failed", path: item.path, reason },
        }));
        pending.done = true;
        batchFinished();
      },
    );
    queue.push(pending);
  };

  const drainReady = function* (): Generator<RunEvent> {
    if (options.ordered) {
      while (queue.length > 0 && queue[0]?.done) yield* (queue.shift() as Pending).events;
    } else {
      for (let i = 0; i < queue.length; ) {
        const pending = queue[i] as Pending;
        if (pending.done) {
          queue.splice(i, 1);
          yield* pending.events;
        } else i++;
      }
    }
  };

  /** A record can go out now: the oldest batch (or, unordered, any) is done. */
  const readyNow = () => (options.ordered ? queue[0]?.done === true : queue.some((p) => p.done));
  const anyPending = () => queue.some((p) => !p.done);

  const waitForOne = async () => {
    if (!readyNow() && anyPending()) await finished.promise;
  };

  /** Settles when a record may be ready to go out; undefined when none is coming. */
  const nextReady = (): Promise<void> | undefined =>
    readyNow() ? Promise.resolve() : anyPending() ? finished.promise : undefined;

  const inputs = discovered[Symbol.asyncIterator]();
  try {
    for (;;) {
      // While the walk works on the next input (a directory of a thousand
      // files takes dozens of reads), the records that are done go out.
      const upcoming = inputs.next();
      let step: IteratorResult<Discovered> | undefined;
      while (step === undefined) {
        const ready = nextReady();
        if (ready === undefined && batch.length > 0) {
          // Nothing is in flight and the next input is slow to come (paths
          // trickling in on stdin): send the inputs we hold now, instead of
          // holding their records back until a whole batch has arrived.
          step = await Promise.race([upcoming, nextMacrotask()]);
          if (step === undefined) submit();
        } else if (ready === undefined) step = await upcoming;
        else {
          step = await Promise.race([upcoming, ready.then(() => undefined)]);
          if (step === undefined) yield* drainReady();
        }
      }
      if (step.done || options.stopped()) break;
      const found = step.value;
      if (found.kind === "problem") {
        // Problems keep their place in the order: flush the batch before them.
        submit();
        queue.push({ done: true, events: [{ kind: "problem", problem: found.problem }] });
      } else {
        batch.push(found.item);
        if (batch.length >= batchLimit) submit();
      }
      yield* drainReady();
      while (queue.length >= options.maxInFlight) {
        await waitForOne();
        yield* drainReady();
      }
    }
  } finally {
    await inputs.return?.();
  }
  if (!options.stopped()) submit();
  batch = [];
  while (queue.length > 0) {
    await waitForOne();
    yield* drainReady();
  }
}

/** Settles with undefined after the pending I/O callbacks have run. */
function nextMacrotask(): Promise<undefined> {
  return new Promise((resolve) => setImmediate(() => resolve(undefined)));
}

/** A promise and the function that settles it. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}
