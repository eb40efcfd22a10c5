/** Why a run stops before its inputs are done. */
export type StopCause =
  | { readonly kind: "signal"; readonly signal: "SIGINT" | "SIGTERM" }
  /** stdout's reader went away (`| head -1`): it has what it wanted. */
  | { readonly kind: "broken-pipe" }
  /** Records cannot be written (`target`: stdout, the --output file, the out dir). */
  | { readonly kind: "io-error"; readonly target: string; readonly reason: string };

/**
 * The run's stop request, seen by every thread at once: a shared flag that
 * workers check before each file (one atomic load), so that on a signal or a
 * closed pipe the queued batches are dropped and only the files being cleaned
 * at that moment are finished. Without it a run with two threads finished
 * the ~2,500 files it had queued before exiting.
 */
export class StopRequest {
  /** 0 while the run goes on; shared with the workers (`TaskSettings.stop`). */
  readonly flag = new Int32Array(new SharedArrayBuffer(4));
  /** Settles when a stop is requested: intake waits on it. */
  readonly requested: Promise<void>;
  #cause: StopCause | undefined;
  #settle!: () => void;

  constructor() {
    this.requested = new Promise((resolve) => {
      this.#settle = resolve;
    });
  }

  get cause(): StopCause | undefined {
    return this.#cause;
  }

  /** The first cause wins: a write error after a signal is still a signal's stop. */
  request(cause: StopCause): void {
    if (this.#cause) return;
    this.#cause = cause;
    Atomics.store(this.flag, 0, 1);
    this.#settle();
  }
}

/** Has the run been asked to stop? Cheap enough to ask before every file. */
export function stopRequested(flag: Int32Array | undefined): boolean {
  return flag !== undefined && Atomics.load(flag, 0) !== 0;
}
