import type { RunSummary } from "./summary.js";

/**
 * Hooks for what the user sees while a run goes: the progress bar and the
 * summary listen here. Every hook is optional and must not throw.
 */
export interface RunObserver {
  /** The corpus pass starts (before any record). */
  corpusPass?(): void;
  /** One input was handled (written, failed or skipped). */
  progress?(summary: RunSummary): void;
  /** Discovery found every input: the total is known from now on. */
  discoveryDone?(total: number): void;
  /** The run is over; the observer should clear any progress display. */
  finish?(summary: RunSummary): void;
  /**
   * Print the closing summary instead of the one line (`note` says why the
   * run stopped early, e.g. `interrupted by SIGINT`). On an interrupted run
   * this comes before `finish`, so clear any progress display here too.
   */
  summary?(summary: RunSummary, note?: string): void;
}
