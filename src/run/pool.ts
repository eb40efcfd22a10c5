import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { BroadcastChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { FileStats } from "../corpus/learn.js";
import type { CorpusProfile } from "../corpus-profile.js";
import type { Executor } from "./executor.js";
import { restoreHeapSettings, WORKER_YOUNG_GENERATION_MB } from "./heap-settings.js";
import type { Outcome } from "./outcome.js";
import { serialiseProfile } from "./portable-profile.js";
import type { TaskSettings } from "./process.js";
import type { CleanTask, ProfileMessage, WorkerInit } from "./worker.js";

/** A pool executor that can tell when its workers have loaded. */
export interface PoolExecutor extends Executor {
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
    // First in, first out. By default a task that finds every worker busy
    // goes back to the end of piscina's queue, so with one worker tasks ran
    // 0, 1, 3, 5, 7, 4, 2, 6: an early batch waited for the rest of the run,
    // the records behind it in path order with it, and `| head -1` noticed
    // its closed pipe only then (a 12 s run went on 11 s after head left).
    stricterFIFO: true,
    // Room for a slice of articles in flight (see heap-settings.ts); V8's
    // default (48 MB per thread) only adds to the peak RSS.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  // A worker that replaces a crashed one resets V8's flags too.
  pool.on("workerCreate", restoreHeapSettings);
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
      restoreHeapSettings();
    },
    close: async () => {
      channel.close();
      await pool.destroy();
    },
  };
}
