import { availableParallelism } from "node:os";
import type { FileStats } from "../corpus/learn.js";
import type { CorpusProfile } from "../corpus-profile.js";
import type { InputItem } from "../io/discover.js";
import type { Outcome } from "./outcome.js";

/**
 * Runs batches of inputs through the cleaner: in this thread, or on a worker
 * pool. Once the run's stop flag is set (`TaskSettings.stop`), a batch
 * returns early with the outcomes of the files it finished, in order: the
 * files after them were never touched.
 */
export interface Executor {
  /** Outcomes come back in the batch's order; fewer of them after a stop. */
  runBatch(items: readonly InputItem[]): Promise<Outcome[]>;
  /** The corpus pass: line statistics of each input, in the batch's order. */
  learnBatch(items: readonly InputItem[]): Promise<(FileStats | undefined)[]>;
  /** Clean with this corpus profile from the next batch on (the corpus pass's result). */
  useProfile(profile: CorpusProfile | undefined): void;
  readonly threads: number;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return availableParallelism();
}
