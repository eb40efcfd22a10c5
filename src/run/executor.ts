import { availableParallelism } from "node:os";
import type { FileStats } from "../corpus/learn.js";
import type { CorpusProfile } from "../corpus-profile.js";
import type { InputItem } from "../io/discover.js";
import type { Outcome } from "./outcome.js";

export {
  autoExecutor,
  IN_FLIGHT_PER_THREAD,
  POOL_AFTER,
  POOL_DEPTH,
} from "./auto-executor.js";
export { inProcessExecutor } from "./in-process.js";
export { poolExecutor } from "./pool.js";

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

export function defaultJobs(): number {
  return availableParallelism();
}
