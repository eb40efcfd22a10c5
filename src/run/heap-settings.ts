import { setFlagsFromString } from "node:v8";

/**
 * V8 flags that keep a run's heap close to what it uses. A run's RSS is
 * mostly V8's reservations, not live data (~10 MB per thread once the cleaner
 * is loaded), and both defaults let it grow far past that:
 * - the young generation grows to 48 MB per thread (16 MB semi-spaces).
 *   Here a semi-space stops at 4 MB: a batch's articles stay alive until
 *   the batch is cleaned (see `analyseArticles`), and at 1 MB (the setting
 *   before batches were cleaned stage by stage) they were copied and
 *   promoted scavenge after scavenge (--jobs 2 on 20,000 bench files: 4.8 s
 *   of GC, 1.1 s at 4 MB with the workers' 16-file slices);
 * - the old generation may grow to twice its live size and more before a
 *   full collection, further when CPU is short and concurrent marking lags;
 *   1.5x keeps it near its live size (~1% more CPU).
 * Without these flags --jobs 2 peaks at ~290 MB; with them at ~240 MB.
 */
const FLAGS = ["--max-semi-space-size=4", "--heap-growing-percent=50"];

/** A worker's young generation: three 4 MB semi-spaces' worth, as `FLAGS` gives this thread. */
export const WORKER_YOUNG_GENERATION_MB = 12;

let wanted = false;

/**
 * Apply the flags. They are process-wide, and starting a worker thread
 * resets V8's flags, so the pool calls `restoreHeapSettings` after its
 * workers start. For the CLI only: a library has no business changing its
 * host's V8 flags.
 */
export function keepHeapSmall(): void {
  wanted = true;
  for (const flag of FLAGS) setFlagsFromString(flag);
}

/**
 * With `--jobs 1` there is one heap, and a semi-space may grow to 8 MB: at
 * 1 MB a cleaner's garbage filled it every ~15 files, and the scavenges took
 * 6% of the run (2,322 scavenges, 1.28 s on 20,000 bench files; at 8 MB 164
 * and 0.34 s). Peak RSS ~165 MB. Pools keep 4 MB: two or three heaps would
 * double or triple the cost. CLI only, as above.
 */
const ONE_HEAP_FLAGS = ["--max-semi-space-size=8"];

export function roomForOneHeap(): void {
  if (wanted) for (const flag of ONE_HEAP_FLAGS) setFlagsFromString(flag);
}

/** Apply the flags again if the CLI asked for them (after a worker started). */
export function restoreHeapSettings(): void {
  if (wanted) for (const flag of FLAGS) setFlagsFromString(flag);
}
