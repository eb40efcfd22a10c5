import type { CorpusProfile } from "../corpus-profile.js";
import type { Executor } from "./executor.js";
import { inProcessExecutor, NEXT_TO_POOL_SLICE } from "./in-process.js";
import { type PoolExecutor, poolExecutor } from "./pool.js";
import { portable } from "./portable-profile.js";
import type { TaskSettings } from "./process.js";
import { stopRequested } from "./stop.js";

/**
 * Inputs a run cleans in this thread before it starts a pool: a small run
 * is over before workers would have loaded (~0.4 s each), and `explain` or a
 * handful of files should feel instant.
 */
export const POOL_AFTER = 500;

/** Batches queued per worker. With 2 per worker, workers sat idle ~half the time. */
export const POOL_DEPTH = 8;

/**
 * Batches a run may have in flight per thread (see `StreamOptions.maxInFlight`).
 * Finished batches wait behind the oldest one for path order, so the window
 * must be wide enough that no thread runs dry meanwhile: on 20,000 files with
 * --jobs 2, 16 per thread took 6.4 s, 32 took 6.2 s, 64 took 5.9 s (as fast
 * as --unordered) for 10 MB more RSS. 32 keeps what waits in memory to ~4,000
 * records per 2 threads.
 */
export const IN_FLIGHT_PER_THREAD = 4 * POOL_DEPTH;

/**
 * `--jobs N` for N > 1: this thread is one of the N that clean, next to a
 * pool of N - 1 workers. A run starts in this thread and starts the pool only
 * when it has more than `poolAfter` inputs and its first batch is done (the
 * workers' start-up would otherwise slow the first records); until they have loaded,
 * batches keep running here, so the first records do not wait for them.
 * Batches wait in one queue, and whichever side is free takes the next: the
 * pool whenever it holds fewer than `POOL_DEPTH` per worker (enough that a
 * worker never runs dry while this thread is busy with a batch of its own),
 * this thread one batch per turn of the event loop, between dispatching and
 * writing. One thread fewer than a pool of N: ~70 MB less, and many records
 * never cross a thread. Which thread cleans a batch does not change its
 * records.
 */
export function autoExecutor(
  settings: TaskSettings,
  threads: number,
  profile?: CorpusProfile,
  poolAfter = POOL_AFTER,
): Executor {
  const local = inProcessExecutor(settings, profile, NEXT_TO_POOL_SLICE);
  const workers = threads - 1;
  let current = profile;
  let pool: PoolExecutor | undefined;
  let poolReady = false;
  let seen = 0;
  // The pool starts once this thread has finished a batch: workers loading
  // while this thread loads the cleaner would only delay the first records.
  let localDone = false;
  let inPool = 0;
  let turnScheduled = false;
  let localBusy = false;
  const waiting: { run: (on: Executor) => Promise<unknown>; done: Settle }[] = [];

  const startPool = () => {
    pool = poolExecutor(settings, workers, current);
    // A pool that fails to start leaves the run in this thread.
    pool.warmUp().then(
      () => {
        poolReady = true;
        pump();
      },
      () => {},
    );
  };

  /** Hand waiting batches to whichever side is free; after a stop, drop them. */
  const pump = () => {
    if (stopRequested(settings.stop)) {
      for (const job of waiting.splice(0)) job.done.resolve([]);
      return;
    }
    while (poolReady && pool !== undefined && inPool < POOL_DEPTH * workers && waiting.length > 0) {
      const job = waiting.shift() as (typeof waiting)[number];
      inPool++;
      const free = () => {
        inPool--;
        pump();
      };
      job.run(pool).then(job.done.resolve, job.done.reject);
      job.done.settled.then(free, free);
    }
    // This thread takes one batch at a time, in its own turn of the event
    // loop, so the pool's replies (and the output) are handled between its
    // batches (and its slices), not after a burst.
    if (waiting.length > 0 && !turnScheduled && !localBusy) {
      turnScheduled = true;
      setImmediate(() => {
        turnScheduled = false;
        const job = waiting.shift();
        if (job) {
          localBusy = true;
          job.run(local).then(job.done.resolve, job.done.reject);
          job.done.settled.then(finishedHere, finishedHere);
        }
        pump();
      });
    }
  };

  const maybeStartPool = () => {
    if (pool === undefined && localDone && seen > poolAfter && !stopRequested(settings.stop))
      startPool();
  };
  const finishedHere = () => {
    localBusy = false;
    localDone = true;
    maybeStartPool();
    pump();
  };

  const submit = <T>(count: number, run: (on: Executor) => Promise<T>): Promise<T> => {
    seen += count;
    maybeStartPool();
    const done = settle<T>();
    waiting.push({ run, done: done as Settle });
    pump();
    return done.settled;
  };

  return {
    threads,
    runBatch: (items) => submit(items.length, (on) => on.runBatch(items)),
    learnBatch: (items) => submit(items.length, (on) => on.learnBatch(items)),
    useProfile: (next) => {
      // Keep only the portable copy: the pass's own profile also counts the
      // lines seen once, which no thread reads, and can be large.
      current = portable(next);
      local.useProfile(current);
      pool?.useProfile(current);
    },
    close: async () => {
      await pool?.close();
    },
  };
}

interface Settle<T = unknown> {
  readonly settled: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function settle<T>(): Settle<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const settled = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { settled, resolve, reject };
}
