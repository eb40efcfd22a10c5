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
  const stopped = stop.then((): typeof STOPPED => STOPPED);
  try {
    while (true) {
      const next = iterator.next();
      const result = await Promise.race([next, stopped]);
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
