import type { CorpusProfile } from "../corpus-profile.js";
import type { InputItem } from "../io/discover.js";
import type { Executor } from "./executor.js";
import { portable } from "./portable-profile.js";
import type { TaskSettings } from "./process.js";
import { stopRequested } from "./stop.js";

/**
 * `--jobs 1`: everything in this thread, no serialisation cost. The cleaning
 * modules load with the first batch, so a run that only reads the pool's
 * results never pays for them in this thread. Batches that arrive while they
 * load run one at a time, each in its own turn of the event loop, so the
 * first record goes out before the next batch starts; a long batch yields
 * every `SLICE` files (see `sliced`).
 */
export function inProcessExecutor(
  settings: TaskSettings,
  profile?: CorpusProfile,
  slice = ALONE_SLICE,
): Executor {
  let current = profile;
  let cleaner: typeof import("./process.js") | undefined;
  let learner: typeof import("./learn-input.js") | undefined;
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
    sliced(settings.stop, items, slice, (chunk) =>
      (cleaner as typeof import("./process.js")).processInputs(chunk, settings, {
        profile: current,
      }),
    );
  const learn = (items: readonly InputItem[]) =>
    sliced(settings.stop, items, slice, (chunk) =>
      (learner as typeof import("./learn-input.js")).statsOfInputs(
        chunk,
        settings.maxBytes,
        settings.stop,
      ),
    );
  const loadCleaner = async () => {
    cleaner ??= await import("./process.js");
  };
  const loadLearner = async () => {
    learner ??= await import("./learn-input.js");
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

/**
 * Files cleaned between two turns of the event loop when this thread is the
 * only one cleaning: a whole batch (the stream's batches grow to 32), which
 * `analyseArticles` cleans stage by stage.
 */
export const ALONE_SLICE = 32;

/**
 * The same next to a pool: this thread must answer the workers' replies and
 * write records while it cleans a batch of its own. A 64-file batch is
 * ~30 ms warm, and ~0.5 s cold, which held up a run's first record.
 */
export const NEXT_TO_POOL_SLICE = 8;

/**
 * `each` over the items, `slice` at a time with a turn of the event loop
 * between, until the run asks to stop (see `Executor`) or a slice comes back
 * short: it stopped at a stop request or at a full disk, and so does the batch.
 */
async function sliced<T, R>(
  stop: Int32Array | undefined,
  items: readonly T[],
  slice: number,
  each: (chunk: readonly T[]) => R[],
): Promise<R[]> {
  const out: R[] = [];
  for (let at = 0; at < items.length; at += slice) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    if (stopRequested(stop)) break;
    const chunk = items.slice(at, at + slice);
    const results = each(chunk);
    out.push(...results);
    if (results.length < chunk.length) break;
  }
  return out;
}
