import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { BroadcastChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { FileStats } from "../corpus/learn.js";
import type { CorpusProfile } from "../corpus/profile.js";
import { profileFromJSON } from "../corpus/repetition.js";
import type { InputItem } from "../io/discover.js";
import type { Outcome } from "./outcome.js";
import type { TaskSettings } from "./process.js";
import type { CleanTask, ProfileMessage, WorkerInit } from "./worker.js";
import { restoreYoungGeneration } from "./young-generation.js";

/** Runs batches of inputs through the cleaner: in this thread, or on a worker pool. */
export interface Executor {
  /** Outcomes come back in the batch's order. */
  runBatch(items: readonly InputItem[]): Promise<Outcome[]>;
  /** The corpus pass: line statistics of each input, in the batch's order. */
  learnBatch(items: readonly InputItem[]): Promise<(FileStats | undefined)[]>;
  /** Clean with this corpus profile from the next batch on (the corpus pass's result). */
  useProfile(profile: CorpusProfile | undefined): void;
  readonly threads: number;
  close(): Promise<void>;
}

/**
 * A profile as every thread sees it: through its JSON form, as workers
 * receive it. The in-process executor uses the same, so that the records of
 * a run do not depend on --jobs or on which thread cleaned a file.
 */
function portable(profile: CorpusProfile | undefined): CorpusProfile | undefined {
  if (profile === undefined || portables.has(profile)) return profile;
  const json = serialiseProfile(profile);
  if (json === undefined) return profile;
  const copy = profileFromJSON(json);
  portables.add(copy);
  return copy;
}

const portables = new WeakSet<CorpusProfile>();

/**
 * `--jobs 1`: everything in this thread, no serialisation cost. The cleaning
 * modules load with the first batch, so a run that only reads the pool's
 * results never pays for them in this thread. Batches that arrive while they
 * load run one at a time, each in its own turn of the event loop, so the
 * first record goes out before the next batch starts.
 */
export function inProcessExecutor(settings: TaskSettings, profile?: CorpusProfile): Executor {
  let current = profile;
  let cleaner: typeof import("./process.js") | undefined;
  let learner: typeof import("../corpus/learn.js") | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const later = <T>(load: () => Promise<unknown>, run: () => T): Promise<T> => {
    const next = queue
      .then(load)
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(run);
    queue = next.catch(() => {});
    return next;
  };
  const clean = (items: readonly InputItem[]) =>
    items.map((item) =>
      (cleaner as typeof import("./process.js")).processInput(item, settings, {
        profile: current,
      }),
    );
  const learn = (items: readonly InputItem[]) =>
    items.map((item) =>
      (learner as typeof import("../corpus/learn.js")).statsOfInput(item, settings.maxBytes),
    );
  const loadCleaner = async () => {
    cleaner ??= await import("./process.js");
  };
  const loadLearner = async () => {
    learner ??= await import("../corpus/learn.js");
  };
  return {
    threads: 1,
    runBatch: async (items) => (cleaner ? clean(items) : later(loadCleaner, () => clean(items))),
    learnBatch: async (items) => (learner ? learn(items) : later(loadLearner, () => learn(items))),
    useProfile: (next) => {
      current = portable(next);
    },
    close: async () => {},
  };
}

/** A pool executor that can tell when its workers have loaded. */
interface PoolExecutor extends Executor {
  /** Resolves once every worker has loaded the cleaner. */
  warmUp(): Promise<void>;
}

/**
 * `--jobs N`: a piscina worker pool. Each task is a batch of inputs, so the
 * per-message cost is paid once per batch, not once per small file. Workers
 * read, clean and (with --out-dir) write on their own: I/O and CPU both scale.
 * A profile learned after the pool started reaches the workers on a
 * BroadcastChannel; each task names the profile it must be cleaned with.
 */
export function poolExecutor(
  settings: TaskSettings,
  threads: number,
  profile?: CorpusProfile,
): PoolExecutor {
  const channelName = `article-clean-profile-${randomUUID()}`;
  const channel = new BroadcastChannel(channelName);
  let latest: ProfileMessage = { id: 0, profile: serialiseProfile(profile) };
  // A worker that missed a profile (it started after the broadcast) asks for it again.
  channel.onmessage = (event) => {
    const { want } = (event as { data: { want?: number } }).data;
    if (want === latest.id) channel.postMessage(latest);
  };
  channel.unref();
  const init: WorkerInit = { settings, profile: latest.profile, profileChannel: channelName };
  const pool = new Piscina({
    filename: fileURLToPath(new URL("./worker.js", import.meta.url)),
    workerData: init,
    minThreads: threads,
    maxThreads: threads,
    // No queue limit here: the stream bounds the batches in flight itself.
    idleTimeout: 1000,
    // A cleaner's garbage dies young; V8's default young generation (up to
    // 32 MB per thread) only adds to the peak RSS. 8 MB costs no measurable time.
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  // A worker that replaces a crashed one resets V8's flags too.
  pool.on("workerCreate", restoreYoungGeneration);
  return {
    threads,
    runBatch: (items) => {
      const task: CleanTask = { items, profile: latest.id };
      return pool.run(task) as Promise<Outcome[]>;
    },
    learnBatch: (items) =>
      pool.run(items, { name: "learnBatch" }) as Promise<(FileStats | undefined)[]>,
    useProfile: (next) => {
      latest = { id: latest.id + 1, profile: serialiseProfile(next) };
      channel.postMessage(latest);
    },
    warmUp: async () => {
      await Promise.all(Array.from({ length: threads }, () => pool.run(null, { name: "warmUp" })));
      // The workers have started (and reset V8's flags on the way).
      restoreYoungGeneration();
    },
    close: async () => {
      channel.close();
      await pool.destroy();
    },
  };
}

/**
 * Inputs a run cleans in this thread before it starts a pool: a small run
 * is over before workers would have loaded (~0.4 s each), and `explain` or a
 * handful of files should feel instant.
 */
export const POOL_AFTER = 500;

/** Batches queued per worker. With 2 per worker, workers sat idle ~half the time. */
export const POOL_DEPTH = 8;

/** Batches a run may have in flight per thread (see `StreamOptions.maxInFlight`). */
export const IN_FLIGHT_PER_THREAD = 2 * POOL_DEPTH;

/**
 * `--jobs N` for N > 1: this thread is one of the N that clean, next to a
 * pool of N - 1 workers. A run starts in this thread and starts the pool only
 * when it has more than `poolAfter` inputs; until the workers have loaded,
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
  const local = inProcessExecutor(settings, profile);
  const workers = threads - 1;
  let current = profile;
  let pool: PoolExecutor | undefined;
  let poolReady = false;
  let seen = 0;
  let inPool = 0;
  let turnScheduled = false;
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

  /** Hand waiting batches to whichever side is free. */
  const pump = () => {
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
    // This thread takes one batch per turn of the event loop, so the pool's
    // replies (and the output) are handled between batches, not after a burst.
    if (waiting.length > 0 && !turnScheduled) {
      turnScheduled = true;
      setImmediate(() => {
        turnScheduled = false;
        const job = waiting.shift();
        if (job) job.run(local).then(job.done.resolve, job.done.reject);
        pump();
      });
    }
  };

  const submit = <T>(count: number, run: (on: Executor) => Promise<T>): Promise<T> => {
    seen += count;
    if (pool === undefined && seen > poolAfter) startPool();
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

export function defaultJobs(): number {
  return availableParallelism();
}

function serialiseProfile(profile: CorpusProfile | undefined): unknown {
  return (profile as unknown as { toJSON?: () => unknown })?.toJSON?.() ?? undefined;
}
