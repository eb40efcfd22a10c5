import type { CorpusProfile } from "../corpus-profile.js";
import type { Executor } from "./executor.js";

/**
 * An executor that is started by its first batch. A nightly re-run in which
 * every input is unchanged then starts no worker thread at all: on a small
 * machine, spawning and warming up the pool costs more than the whole
 * incremental walk.
 */
export function lazyExecutor(start: () => Executor, threads: number): Executor {
  let started: Executor | undefined;
  // A profile given before the start is handed over at the start.
  let profile: { value: CorpusProfile | undefined } | undefined;
  const executor = () => {
    if (!started) {
      started = start();
      if (profile) started.useProfile(profile.value);
    }
    return started;
  };
  return {
    threads,
    runBatch: (items) => executor().runBatch(items),
    learnBatch: (items) => executor().learnBatch(items),
    useProfile: (value) => {
      if (started) started.useProfile(value);
      else profile = { value };
    },
    close: async () => {
      await started?.close();
    },
  };
}
