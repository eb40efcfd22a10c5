const STOPPED: unique symbol = Symbol("stopped");

/**
 * Pass items through until `stop` settles, even while the source is
 * waiting: a run reading paths from a quiet stdin (`find | article-clean
 * --files-from -`) must still end on SIGTERM without waiting for the next
 * line. The source's pending read is abandoned; its rejection, if the
 * caller then destroys the stream, is swallowed here.
 */
export async function* takeUntil<T>(
  source: AsyncIterable<T>,
  stop: Promise<void>,
): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  // One reaction on `stop` for the whole run. Racing `stop` itself against
  // each item's read would add a reaction to it per item, all kept until the
  // run ends: ~14,000 promises, reactions and closures per 14,000 inputs,
  // and peak RSS growing with the corpus.
  let stopped = false;
  let interrupt: ((value: typeof STOPPED) => void) | undefined;
  void stop.then(() => {
    stopped = true;
    interrupt?.(STOPPED);
  });
  try {
    while (!stopped) {
      const next = iterator.next();
      const result = await new Promise<IteratorResult<T> | typeof STOPPED>((resolve, reject) => {
        interrupt = resolve;
        next.then(resolve, reject);
      });
      interrupt = undefined;
      if (result === STOPPED) {
        next.catch(() => {});
        return;
      }
      if (result.done) return;
      yield result.value;
    }
  } finally {
    // Close the walk (open directory handles); queued behind any pending read.
    iterator.return?.()?.catch(() => {});
  }
}
