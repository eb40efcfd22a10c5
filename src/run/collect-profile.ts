import { pMapIterable } from "p-map";
import { RepetitionProfile } from "../corpus/repetition.js";
import type { Discovered, InputItem } from "../io/discover.js";
import { IN_FLIGHT_PER_THREAD } from "./auto-executor.js";
import type { Executor } from "./executor.js";

const BATCH = 64;

/**
 * The corpus pass: stream inputs through the executor's `learnBatch` and
 * count their lines into a profile. Stops after `limit` files, so the pass
 * costs bounded time on a huge corpus (a sample of ten thousand files finds
 * the furniture of every site in it); memory is bounded by the profile.
 * Batches are added in input order, so the profile is the same on every run.
 */
export async function collectProfile(
  inputs: AsyncIterable<Discovered>,
  executor: Executor,
  limit: number,
  into: RepetitionProfile = new RepetitionProfile(),
): Promise<RepetitionProfile> {
  const inFlight = executor.threads * IN_FLIGHT_PER_THREAD;
  const learned = pMapIterable(batchesUpTo(inputs, limit), (batch) => executor.learnBatch(batch), {
    concurrency: inFlight,
    backpressure: inFlight,
  });
  for await (const stats of learned)
    for (const file of stats)
      if (file)
        into.addFile(file.scope, file.lineKeys, file.headlineKeys, file.leadKey, file.previousKeys);
  return into;
}

/** The first `limit` inputs, in batches of `BATCH`; discovery problems are the main pass's to report. */
async function* batchesUpTo(
  inputs: AsyncIterable<Discovered>,
  limit: number,
): AsyncGenerator<InputItem[]> {
  let batch: InputItem[] = [];
  let taken = 0;
  for await (const found of inputs) {
    if (found.kind !== "input") continue;
    batch.push(found.item);
    if (++taken >= limit) break;
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
