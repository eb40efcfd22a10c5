import type { Executor } from "./executor.js";

/**
 * An executor that is started by its first batch. A nightly re-run in which
 * every input is unchanged then starts no worker thread at all: on a small
 * machine, spawning and warming up the pool costs more than the whole
 * incremental walk.
 */
export function lazyExecutor(start: () => Executor, threads: number): Executor {
  let started: Executor | undefined;
  const executor = () => {
    started ??= start();
    return started;
  };
  return {
    threads,
    runBatch: (items) => executor().runBatch(items),
    learnBatch: (items) => executor().learnBatch(items),
    close: async () => {
      await started?.close();
    },
  };
}
