import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { type FileStats, statsOfInput } from "../corpus/learn.js";
import type { CorpusProfile } from "../corpus/profile.js";
import type { InputItem } from "../io/discover.js";
import type { Outcome } from "./outcome.js";
import { processInput, type TaskSettings } from "./process.js";
import type { WorkerInit } from "./worker.js";

/** Runs batches of inputs through the cleaner: in this thread, or on a worker pool. */
export interface Executor {
  /** Outcomes come back in the batch's order. */
  runBatch(items: readonly InputItem[]): Promise<Outcome[]>;
  /** The corpus pass: line statistics of each input, in the batch's order. */
  learnBatch(items: readonly InputItem[]): Promise<(FileStats | undefined)[]>;
  readonly threads: number;
  close(): Promise<void>;
}

/** `--jobs 1`: everything in this thread, no serialisation cost. */
export function inProcessExecutor(settings: TaskSettings, profile?: CorpusProfile): Executor {
  return {
    threads: 1,
    runBatch: async (items) => items.map((item) => processInput(item, settings, { profile })),
    learnBatch: async (items) => items.map((item) => statsOfInput(item, settings.maxBytes)),
    close: async () => {},
  };
}

/**
 * `--jobs N`: a piscina worker pool. Each task is a batch of inputs, so the
 * per-message cost is paid once per batch, not once per small file. Workers
 * read, clean and (with --out-dir) write on their own: I/O and CPU both scale.
 */
export function poolExecutor(
  settings: TaskSettings,
  threads: number,
  profile?: CorpusProfile,
): Executor {
  const init: WorkerInit = { settings, profile: profile ? serialiseProfile(profile) : undefined };
  const pool = new Piscina({
    filename: fileURLToPath(new URL("./worker.js", import.meta.url)),
    workerData: init,
    minThreads: threads,
    maxThreads: threads,
    // No queue limit here: the stream bounds the batches in flight itself.
    idleTimeout: 1000,
  });
  return {
    threads,
    runBatch: (items) => pool.run(items) as Promise<Outcome[]>,
    learnBatch: (items) =>
      pool.run(items, { name: "learnBatch" }) as Promise<(FileStats | undefined)[]>,
    close: () => pool.destroy(),
  };
}

export function defaultJobs(): number {
  return availableParallelism();
}

function serialiseProfile(profile: CorpusProfile): unknown {
  return (profile as unknown as { toJSON?: () => unknown }).toJSON?.() ?? undefined;
}
